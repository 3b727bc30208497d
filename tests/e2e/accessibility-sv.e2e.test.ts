/** axe on every view, drawer and dialog in sv (tests/e2e/accessibility-suite.ts). */
import { accessibilitySuite } from './accessibility-suite';

accessibilitySuite('sv');

/** axe on every view, drawer and dialog in nb (tests/e2e/accessibility-suite.ts). */
import { accessibilitySuite } from './accessibility-suite';

accessibilitySuite('nb');

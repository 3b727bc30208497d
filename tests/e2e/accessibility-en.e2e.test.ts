/** axe on every view, drawer and dialog in en (tests/e2e/accessibility-suite.ts). */
import { accessibilitySuite } from './accessibility-suite';

accessibilitySuite('en');

/**
 * The studio's tabs and its key builder as views a browser test visits (the accessibility and the
 * layout tests): each opens from the scenario's page the way a user opens it.
 */
import type { Page } from 'playwright-core';

export interface View {
  name: string;
  hash: () => string;
  /** What is on the page once it is there. */
  ready: string;
  /** Opens a tab, drawer or dialog after the view is there. */
  open?: (page: Page) => Promise<void>;
}

export function studioTabViews(scenarioHash: () => string, names = { editor: 'scenario editor', keyBuilder: 'key builder' }): View[] {
  return [
    {
      name: names.editor,
      hash: scenarioHash,
      ready: '[data-testid="tab-editor"]',
      open: async (page) => {
        await page.getByTestId('tab-editor').click();
        await page.getByTestId('scenario-editor').waitFor();
      },
    },
    { name: 'compare', hash: scenarioHash, ready: '[data-testid="tab-compare"]', open: (page) => page.getByTestId('tab-compare').click() },
    { name: 'adopt', hash: scenarioHash, ready: '[data-testid="tab-adopt"]', open: (page) => page.getByTestId('tab-adopt').click() },
    {
      name: names.keyBuilder,
      hash: scenarioHash,
      ready: '[data-testid="studio-keys"]:not([disabled])',
      open: async (page) => {
        await page.getByTestId('studio-keys').click();
        await page.getByTestId('kb-editor').waitFor();
      },
    },
  ];
}

/**
 * The main views outside the studio's tabs, as the keyboard and layout tests visit them: `ids` holds
 * the demo's Skaraborg cooperation, its first scenario and its first meeting (filled in `beforeAll`).
 */
export function mainViews(ids: Record<string, number>): { studio: View; before: View[]; after: View[] } {
  return {
    before: [
      { name: 'members', hash: () => '#/members', ready: '[data-testid="members-import"]' },
      { name: 'cooperation', hash: () => `#/cooperations/${ids['cooperation']}`, ready: '[data-testid="cooperation-picker"]' },
    ],
    studio: { name: 'studio', hash: () => `#/scenarios/${ids['scenario']}`, ready: '[data-testid="charges-table"] [role="row"][data-member-id]' },
    after: [
      { name: 'bodies', hash: () => '#/governance/bodies', ready: '[data-testid="body-edit"]' },
      { name: 'meetings', hash: () => '#/governance/meetings', ready: '[data-testid="meetings-body"]' },
      { name: 'meeting', hash: () => `#/governance/meetings/${ids['meeting']}`, ready: '[data-testid="agenda"]' },
      { name: 'decisions', hash: () => '#/governance/decisions', ready: '[data-testid="register-search"]' },
      { name: 'agreements', hash: () => '#/governance/agreements', ready: '[data-testid="agreements-as-of"]' },
      { name: 'budgets', hash: () => '#/budgets', ready: '[data-testid="budgets-cooperation"]' },
      { name: 'exports', hash: () => '#/exports', ready: '[data-testid="exports-cooperation"]' },
    ],
  };
}

import type sv from './sv.json';

// Typed keys: a t('…') call with a key Swedish does not have fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}

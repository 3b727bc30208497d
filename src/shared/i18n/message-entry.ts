export interface MessageEntry { readonly sv: string; readonly nb: string; readonly en: string }

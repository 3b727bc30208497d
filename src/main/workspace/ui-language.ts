/**
 * The language the user chose in the window, as the renderer tells it (`workspace:setLanguage`):
 * main's menu and dialogs follow it rather than the operating system's. Null until the renderer
 * has said; then the OS language stands in.
 */
import type { Language } from '../../shared/domain/languages';

export class UiLanguage {
  private value: Language | null = null;
  private readonly listeners = new Set<() => void>();

  get current(): Language | null {
    return this.value;
  }

  /** Sets the language; the listeners hear of a change only (the same language again is nothing). */
  set(language: Language): void {
    if (language === this.value) return;
    this.value = language;
    for (const listener of this.listeners) listener();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * The server's settings: read from the client with `workspace/configuration` when it supports it,
 * otherwise from `initializationOptions`, otherwise the defaults. Every value is validated: a
 * wrong type falls back to its default instead of breaking the server.
 */
import type { Connection } from 'vscode-languageserver/node';

export interface Settings {
  /** Turns all diagnostics off. */
  readonly diagnosticsEnabled: boolean;
  /** The user's `{ code: severity }` map (validated later by the service). */
  readonly rules: Readonly<Record<string, unknown>>;
  /** Milliseconds to wait after an edit before recomputing diagnostics. */
  readonly debounceMs: number;
}

export const DEFAULT_SETTINGS: Settings = { diagnosticsEnabled: true, rules: {}, debounceMs: 200 };

/** Builds settings from an untrusted `unResolution` configuration object. */
export function validateSettings(raw: unknown): Settings {
  const section = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const diagnostics = section.diagnostics && typeof section.diagnostics === 'object' ? (section.diagnostics as Record<string, unknown>) : {};
  const rules = diagnostics.rules && typeof diagnostics.rules === 'object' && !Array.isArray(diagnostics.rules) ? (diagnostics.rules as Record<string, unknown>) : {};
  const debounce = typeof diagnostics.debounce === 'number' && Number.isFinite(diagnostics.debounce) ? Math.min(5000, Math.max(0, diagnostics.debounce)) : DEFAULT_SETTINGS.debounceMs;
  return {
    diagnosticsEnabled: typeof diagnostics.enable === 'boolean' ? diagnostics.enable : true,
    rules,
    debounceMs: debounce,
  };
}

export class SettingsStore {
  private cache = new Map<string, Promise<Settings>>();
  private fallback: Settings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly canAsk: () => boolean,
  ) {}

  /** Settings passed at start-up (clients without `workspace/configuration`). */
  setFallback(raw: unknown): void {
    this.fallback = raw === undefined ? DEFAULT_SETTINGS : validateSettings(raw);
  }

  get(uri: string): Promise<Settings> {
    if (!this.canAsk()) return Promise.resolve(this.fallback);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'unResolution' })
        .then(validateSettings, () => this.fallback);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }
}

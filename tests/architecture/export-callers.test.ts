/**
 * Every export of src has a caller that runs: a file of src, scripts/ or bench/ uses it, or its own
 * file does (exported so a test can reach a step of a larger rule). An export whose only callers are
 * tests is a second home of a rule — the code that runs does something else — or dead code, and an
 * export nothing uses is dead code. The exceptions are listed here, each with its reason; the
 * scripting API's channels are listed in src/shared/api/scripting-api.ts (channel-callers.test.ts).
 *
 * Callers are found by the type checker (an import, a re-export or a name in scope resolved to the
 * exported declaration), over the test tsconfig's files: src, tests, scripts and bench.
 */
import { relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** `file#name` → why it stays although nothing in the app calls it. */
const allowed: Readonly<Record<string, string>> = {
  'src/shared/api/channel-names.ts#channelListIsComplete': 'a compile-time check that the name list matches the contract; its value is never read',
  'src/shared/i18n/translate.ts#placeholdersOf':
    "reads a template's placeholders with translate's own pattern, so the catalogue test checks every language asks for the same ones without restating the pattern",
  // src/main/export/annex is being rebuilt on a direct xlsx writer this session; its owners settle these.
  'src/main/export/annex/annex.export.ts#buildAnnexWorkbook': 'the exceljs annex builder, kept while the direct writer replaces it (src/main/export/annex is being reworked)',
  'src/main/export/annex/annex-input.ts#OverrideComponent': 'part of the annex input types being reworked with the direct writer',
  'src/main/export/xlsx/zip.ts#zipEntries': "the zip's one-call form its test reads back; the direct writer deflates as it goes (zipDeflated) and is being built this session",
};

/** Files whose every export is reached through the module object, not by name. */
const wholeModules: readonly RegExp[] = [
  /^src\/shared\/api\/scripting-api\.ts$/u, // the documented scripting API, kept honest by channel-callers.test.ts
];

interface ExportUse {
  readonly key: string;
  readonly kind: 'value' | 'type';
  readonly callers: readonly string[];
  readonly ownFile: boolean;
}

function exportUses(): ExportUse[] {
  const root = process.cwd();
  const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.test.json');
  if (!configPath) throw new Error('tsconfig.test.json not found');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('tsconfig.test.json could not be read');
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const fileOf = (node: ts.Node): string => relative(root, node.getSourceFile().fileName).replaceAll('\\', '/');
  const ownFiles = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !sf.fileName.includes('/node_modules/'));

  const target = (symbol: ts.Symbol | undefined): ts.Symbol | undefined =>
    symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const users = new Map<ts.Symbol, Set<string>>();
  const use = (symbol: ts.Symbol | undefined, file: string): void => {
    const resolved = target(symbol);
    if (!resolved) return;
    const files = users.get(resolved) ?? new Set<string>();
    files.add(file);
    users.set(resolved, files);
  };
  const isDeclarationName = (node: ts.Identifier): boolean => {
    const parent = node.parent;
    return (
      (ts.isFunctionDeclaration(parent) || ts.isVariableDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent) || ts.isTypeAliasDeclaration(parent) || ts.isEnumDeclaration(parent)) &&
      parent.name === node
    );
  };

  for (const sourceFile of ownFiles) {
    const file = fileOf(sourceFile);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && !isDeclarationName(node)) {
        const parent = node.parent;
        if (ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent) || ts.isExportSpecifier(parent)) {
          // An import alone is not a use; a re-export is judged where it is used.
        } else if (ts.isBindingElement(parent) && ts.isObjectBindingPattern(parent.parent) && (parent.propertyName ?? parent.name) === node) {
          // `const { a } = await import('./m')`: the property of the module object.
          const property = checker.getTypeAtLocation(parent.parent).getProperty(node.text);
          use(property, file);
        } else {
          const symbol = ts.isShorthandPropertyAssignment(parent) ? checker.getShorthandAssignmentValueSymbol(parent) : checker.getSymbolAtLocation(node);
          const resolved = target(symbol);
          use(resolved, file);
          // A namespace import passed on whole (e.g. a migration module to the provider) uses every export.
          if (resolved && resolved.flags & ts.SymbolFlags.ValueModule && !(ts.isPropertyAccessExpression(parent) && parent.expression === node)) {
            for (const exported of checker.getExportsOfModule(resolved)) use(exported, file);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  const uses: ExportUse[] = [];
  for (const sourceFile of ownFiles) {
    const file = fileOf(sourceFile);
    if (!file.startsWith('src/') || wholeModules.some((pattern) => pattern.test(file))) continue;
    const module = checker.getSymbolAtLocation(sourceFile);
    if (!module) continue;
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = target(exported);
      const declaration = symbol?.declarations?.[0];
      if (!symbol || !declaration || fileOf(declaration) !== file) continue; // a re-export is judged at its home
      const files = users.get(symbol) ?? new Set<string>();
      uses.push({
        key: `${file}#${exported.name}`,
        kind: symbol.flags & ts.SymbolFlags.Value ? 'value' : 'type',
        callers: [...files].filter((f) => f !== file),
        ownFile: files.has(file),
      });
    }
  }
  return uses;
}

const runs = (use: ExportUse): boolean => use.ownFile || use.callers.some((f) => !f.startsWith('tests/'));

describe('export callers', () => {
  let uses: ExportUse[] = [];

  it('reads the exports of src with the type checker', { timeout: 600_000 }, () => {
    uses = exportUses();
    // A handful of exports every layer has, so an empty or broken scan cannot pass.
    const keys = new Set(uses.map((u) => u.key));
    for (const key of ['src/shared/errors.ts#AndelError', 'src/main/db/db-handle.ts#Db', 'src/shared/api/contract.ts#contract']) expect(keys).toContain(key);
    expect(runs(uses.find((u) => u.key === 'src/shared/errors.ts#AndelError')!)).toBe(true);
  });

  it('no export of src has only test callers, or none, unless listed with its reason', () => {
    const orphans = uses.filter((u) => !runs(u) && !(u.key in allowed)).map((u) => `${u.kind} ${u.key} ← ${u.callers.join(', ') || 'nothing'}`);
    expect(orphans).toEqual([]);
  });

  it('every listed exception still exists and still has no caller that runs', () => {
    const byKey = new Map(uses.map((u) => [u.key, u]));
    const stale = Object.keys(allowed).filter((key) => !byKey.has(key) || runs(byKey.get(key)!));
    expect(stale).toEqual([]);
  });
});

/**
 * Writes the README's reference tables from their single sources: the element's JSDoc (through
 * dist/custom-elements.json, made by `cem analyze`), the exports' JSDoc (through the TypeScript
 * compiler), and the protocol's own data (locales, error codes). Hand edits between the markers
 * are overwritten.
 *
 *   node --import tsx scripts/readme-tables.ts          rewrite README.md
 *   node --import tsx scripts/readme-tables.ts --check  fail if README.md is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { ERROR_CODES } from '../src/protocol/error-codes.js';
import { SUPPORTED_LOCALES } from '../src/protocol/locales.js';

interface Documented {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}
interface Member extends Documented {
  kind: 'field' | 'method';
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
  reflects?: boolean;
  parameters?: Documented[];
}
interface Element extends Documented {
  tagName?: string;
  customElement?: boolean;
  attributes?: (Documented & { fieldName?: string })[];
  members?: Member[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  slots?: Documented[];
}

const root = new URL('../', import.meta.url);
const readmePath = new URL('README.md', root);
const manifest = JSON.parse(readFileSync(new URL('dist/custom-elements.json', root), 'utf8')) as {
  modules: { declarations?: Element[] }[];
};
function findElement(): Element {
  const found = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement);
  if (!found)
    throw new Error('dist/custom-elements.json has no custom element: run `npm run build`');
  return found;
}
const element = findElement();

/**
 * The events' detail types are declared once, in `JumioEventDetails` (src/events.ts); the
 * element's `@fires` tags, which the manifest and the table below take, must name the same.
 */
function checkEventTypes(): void {
  const path = fileURLToPath(new URL('src/events.ts', root));
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const details = new Map<string, string>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'JumioEventDetails') return;
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) {
        details.set(member.name.text, member.type.getText(source));
      }
    }
  });
  const fired = new Map((element.events ?? []).map((event) => [event.name, event.type?.text]));
  for (const [name, type] of details) {
    if (fired.get(name) !== `CustomEvent<${type}>`) {
      throw new Error(
        `src/jumio-verify.ts: @fires for ${name} should be {CustomEvent<${type}>} (JumioEventDetails), not {${fired.get(name) ?? 'missing'}}`,
      );
    }
  }
  const extra = [...fired.keys()].filter((name) => !details.has(name));
  if (extra.length)
    throw new Error(`@fires for events not in JumioEventDetails: ${extra.join(', ')}`);
}
checkEventTypes();

/** A table cell: one line, pipes escaped. */
const cell = (text = ''): string =>
  text
    .replace(/\{@link (\w+)\}/g, '`$1`')
    .replaceAll('\n', ' ')
    .replaceAll('|', '\\|')
    .trim();
const code = (text = ''): string => (text ? `\`${text.replaceAll('|', '\\|')}\`` : '');
const table = (head: string[], rows: string[][]): string =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

function attributesTable(): string {
  const members = element.members ?? [];
  const rows = (element.attributes ?? []).map((attribute) => {
    const member = members.find((m) => m.name === attribute.fieldName || m.name === attribute.name);
    return [
      code(attribute.name),
      code(member?.name ?? attribute.name),
      code(attribute.type?.text ?? member?.type?.text),
      code(attribute.default ?? (member?.readonly ? '' : member?.default)),
      cell(attribute.description ?? member?.description),
    ];
  });
  const propertyOnly = members.filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      m.privacy !== 'private' &&
      !m.attribute &&
      !(element.attributes ?? []).some((a) => a.name === m.name),
  );
  for (const member of propertyOnly) {
    rows.push([
      '—',
      code(member.name),
      code(member.type?.text),
      code(member.default),
      cell(member.description),
    ]);
  }
  return table(['Attribute', 'Property', 'Type', 'Default', 'Description'], rows);
}

function methodsTable(): string {
  const rows = (element.members ?? [])
    .filter((m) => m.privacy !== 'private' && (m.kind === 'method' || m.static))
    .map((m) => [
      code(
        `${m.static ? `${element.name}.` : ''}${m.name}${m.kind === 'method' ? `(${(m.parameters ?? []).map((p) => p.name).join(', ')})` : ''}`,
      ),
      cell(m.description),
    ]);
  return table(['Method or static member', 'Description'], rows);
}

const simpleTable = (
  head: string[],
  items: Documented[] | undefined,
  row: (item: Documented) => string[],
): string => table(head, (items ?? []).map(row));

/** The compiler options of a tsconfig file (with its `extends`), as the type-check uses them. */
function compilerOptions(file: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    fileURLToPath(new URL(file, root)),
    undefined,
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${file}`);
  return parsed.options;
}

/** Every export of the package, with the first sentence of its JSDoc, through the compiler. */
function exportsTable(): string {
  const entry = fileURLToPath(new URL('src/element.ts', root));
  const program = ts.createProgram([entry], compilerOptions('tsconfig.json'));
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read the exports of ${entry}`);
  const rows = checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declaration = target.declarations?.[0];
      const kind =
        target.flags & ts.SymbolFlags.Class
          ? 'class'
          : target.flags & ts.SymbolFlags.Function
            ? 'function'
            : target.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)
              ? 'type'
              : 'constant';
      const module = declaration
        ? declaration.getSourceFile().fileName.replace(fileURLToPath(new URL('src/', root)), '')
        : '';
      const docs = ts.displayPartsToString(target.getDocumentationComment(checker));
      const summary = docs.split(/(?<=\.)\s/)[0] ?? '';
      return { name: symbol.name, kind, module, summary };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  return table(
    ['Export', 'Kind', 'Module', 'Description'],
    rows.map((row) => [code(row.name), row.kind, code(`src/${row.module}`), cell(row.summary)]),
  );
}

const sections: Record<string, () => string> = {
  attributes: attributesTable,
  methods: methodsTable,
  events: () =>
    simpleTable(['Event', 'Type', 'Dispatched when'], element.events, (event) => [
      code(event.name),
      code(event.type?.text),
      cell(event.description),
    ]),
  parts: () =>
    simpleTable(['CSS part', 'Description'], element.cssParts, (part) => [
      code(part.name),
      cell(part.description),
    ]),
  'css-properties': () =>
    simpleTable(
      ['Custom property', 'Default', 'Description'],
      element.cssProperties,
      (property) => [code(property.name), code(property.default), cell(property.description)],
    ),
  slots: () =>
    simpleTable(['Slot', 'Description'], element.slots, (slot) => [
      slot.name ? code(slot.name) : '(default)',
      cell(slot.description),
    ]),
  exports: exportsTable,
  // Names come from the CLDR data of the Node that writes the table (full ICU); browsers have
  // their own copy, which may word a few of them differently.
  locales: () =>
    table(
      ['Code', 'Language', 'Native name', 'In the seed'],
      SUPPORTED_LOCALES.map(({ code: c, name, nativeName, seed }) => [
        code(c),
        name,
        nativeName,
        seed ? 'yes' : '',
      ]),
    ),
  'error-codes': () =>
    table(
      ['Code', 'Description', 'Retryable', 'Session expired (auto-refresh)', 'In the seed'],
      Object.entries(ERROR_CODES).map(([c, info]) => [
        code(c),
        cell(info.description),
        info.retryable ? 'yes' : 'no',
        info.sessionExpired ? 'yes' : '',
        info.seed ? 'yes' : 'no: found in the current client',
      ]),
    ),
};

const readme = readFileSync(readmePath, 'utf8');
let updated = readme;
for (const [name, render] of Object.entries(sections)) {
  const pattern = new RegExp(`(<!-- ${name}:begin -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!pattern.test(updated))
    throw new Error(`README.md lacks the markers <!-- ${name}:begin --> … <!-- ${name}:end -->`);
  updated = updated.replace(
    pattern,
    (_, begin: string, end: string) => `${begin}\n${render()}\n${end}`,
  );
}

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md reference tables are out of date: run `npm run docs` and commit.');
    process.exit(1);
  }
  console.log('README.md reference tables are up to date.');
} else {
  writeFileSync(readmePath, updated);
  console.log('README.md reference tables written.');
}

// Reads one type declaration file of the `kubernetes-models` package (generated from the
// Kubernetes OpenAPI spec with enums) back into an OpenAPI definition: the JSDoc of the type and of
// each property is the schema's description, `?` marks optional properties, string-literal unions
// are enums, Array<T> and { [key: string]: T } are items / additionalProperties, imported
// interfaces are $refs. Dev-time only (the TypeScript compiler API is a devDependency).
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { DefinitionSchema, PropertySchema } from '../../../engine/api/openapi/openapi-schema.ts';

export interface ReadDefinition {
  schema: DefinitionSchema;
  /** Referenced definitions: import specifier → the files they live in are resolved by the caller. */
  imports: Map<string, string>;
  /** Properties typed by a single string literal (apiVersion, kind of a top-level kind). */
  literalProperties: string[];
}

/** The text of the JSDoc block before `node`, as the description was before the generator escaped it. */
export function jsDocText(source: string, pos: number): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source, pos) ?? [];
  const last = ranges.filter((r) => source.startsWith('/**', r.pos)).at(-1);
  if (!last) return undefined;
  const body = source.slice(last.pos + 3, last.end - 2);
  const lines = body.split('\n').map((l) => l.replace(/^\s*\*( |$)/, ''));
  if (lines[0]?.trim() === '') lines.shift();
  if (lines.at(-1)?.trim() === '') lines.pop();
  // The generator escaped `\` and `*/`; undo it left to right.
  return lines.join('\n').trim() === '' ? undefined : lines.join('\n').replace(/\\([\\*/])/g, '$1');
}

/** kubernetes-models inlines a copy of a kind where its own TypeScript needs differ (StatefulSet's
 * volumeClaimTemplates): the spec has a $ref there, named by `inline` (an import specifier). */
function typeOf(node: ts.TypeNode, file: string, imports: Map<string, string>, inline?: string): PropertySchema {
  if (node.kind === ts.SyntaxKind.StringKeyword) return { type: 'string' };
  // Kubernetes API conventions forbid floats; the generator asserts no `number` schema is reached.
  if (node.kind === ts.SyntaxKind.NumberKeyword) return { type: 'integer' };
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return { type: 'boolean' };
  if (ts.isUnionTypeNode(node) && node.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
    return { type: 'string', enum: node.types.map((t) => ((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text) };
  }
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return { type: 'string' };
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const name = node.typeName.text;
    const arg = node.typeArguments?.[0];
    if (name === 'Array' && arg) return { type: 'array', items: typeOf(arg, file, imports, inline) };
    const from = imports.get(name);
    if (from !== undefined) return { ref: `${from}#${name}` };
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index?.type && node.members.length === 1) return { type: 'object', additionalProperties: typeOf(index.type, file, imports) };
    if (!index && inline !== undefined) return { ref: `${inline}#inline` };
  }
  throw new Error(`${file}: unsupported property type ${node.getText()}`);
}

function importsOf(sf: ts.SourceFile): Map<string, string> {
  const imports = new Map<string, string>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const bindings = st.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) imports.set(el.name.text, st.moduleSpecifier.text);
  }
  return imports;
}

/** The definition declared by `file` (an `export interface I<Name>` or `export declare type I<Name>`). */
export function readDefinition(file: string, name: string, inline: Record<string, string> = {}): ReadDefinition {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const imports = importsOf(sf);
  const literalProperties: string[] = [];
  for (const st of sf.statements) {
    const description = jsDocText(text, st.getFullStart());
    if (ts.isTypeAliasDeclaration(st) && st.name.text === `I${name}`) {
      // `string` aliases (Time, MicroTime) are string schemas; `string | number` ones (IntOrString,
      // Quantity) are oneOf schemas without a type.
      const type = st.type.kind === ts.SyntaxKind.StringKeyword ? { type: 'string' as const } : {};
      return { schema: { ...(description ? { description } : {}), ...type }, imports, literalProperties };
    }
    if (!ts.isInterfaceDeclaration(st) || st.name.text !== `I${name}`) continue;
    const properties: Record<string, PropertySchema> = {};
    const required: string[] = [];
    for (const m of st.members) {
      if (!ts.isPropertySignature(m) || !m.type) throw new Error(`${file}: unexpected member ${m.getText()}`);
      const key = ts.isStringLiteral(m.name) || ts.isIdentifier(m.name) ? m.name.text : m.name.getText();
      const doc = jsDocText(text, m.getFullStart());
      if (ts.isLiteralTypeNode(m.type)) literalProperties.push(key);
      else if (!m.questionToken) required.push(key);
      properties[key] = { ...(doc ? { description: doc } : {}), ...typeOf(m.type, file, imports, inline[key]) };
    }
    const schema: DefinitionSchema = { ...(description ? { description } : {}), type: 'object' };
    if (required.length > 0) schema.required = required;
    if (Object.keys(properties).length > 0) schema.properties = properties;
    return { schema, imports, literalProperties };
  }
  throw new Error(`${file}: no declaration of I${name}`);
}

// The label selector string syntax: "app=web,tier!=db,env in (a,b),!legacy,x".
// Models staging/src/k8s.io/apimachinery/pkg/labels/selector.go → Lexer.Lex, Parser.parse,
// parseRequirement, parseKeyAndInferOperator, parseOperator, parseValues, parseIdentifiersList,
// parseExactValue, with the same error messages. Values of in/notin become a sorted, de-duplicated
// set (sets.String.List()). Requirements are sorted by key (stable here; Go's sort.Sort is not).
import {
  BINARY_OPERATORS_TEXT, compareStrings, LabelSelectorError, labelKeyError, newRequirement,
  type Operator, type Requirement,
} from './label-requirement.ts';

type Token = 'error' | 'eos' | ')' | ',' | '!' | '==' | '=' | '>' | 'id' | 'in' | '<' | '!=' | 'notin' | '(';
interface Item { tok: Token; lit: string }

const LITERAL_TOKENS: ReadonlyMap<string, Token> = new Map<string, Token>([
  [')', ')'], [',', ','], ['!', '!'], ['==', '=='], ['=', '='], ['>', '>'], ['in', 'in'],
  ['<', '<'], ['!=', '!='], ['notin', 'notin'], ['(', '('],
]);

const isWhitespace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const isSpecial = (ch: string): boolean => '=!(),><'.includes(ch);

/** Lexer.Lex over the whole input, ending with an 'eos' item. */
function scan(s: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && isWhitespace(s[pos] ?? '')) pos++;
    if (pos >= s.length) {
      items.push({ tok: 'eos', lit: '' });
      return items;
    }
    const start = pos;
    if (isSpecial(s[pos] ?? '')) {
      // Longest run of special characters that is still a known operator ("!=" but not "!=(").
      let last: Item | undefined;
      while (pos < s.length && isSpecial(s[pos] ?? '')) {
        const tok = LITERAL_TOKENS.get(s.slice(start, pos + 1));
        if (tok) last = { tok, lit: s.slice(start, pos + 1) };
        else if (last) break;
        pos++;
      }
      if (!last) items.push({ tok: 'error', lit: `error expected: keyword found '${s.slice(start, pos)}'` });
      else {
        items.push(last);
        pos = start + last.lit.length;
      }
    } else {
      while (pos < s.length && !isSpecial(s[pos] ?? '') && !isWhitespace(s[pos] ?? '')) pos++;
      const lit = s.slice(start, pos);
      const tok = LITERAL_TOKENS.get(lit);
      items.push({ tok: tok === 'in' || tok === 'notin' ? tok : 'id', lit });
    }
  }
}

type Context = 'keyAndOperator' | 'values';

class Parser {
  private position = 0;
  constructor(private readonly items: Item[]) {}

  lookahead(ctx: Context): Item {
    return this.asContext(this.items[this.position] ?? { tok: 'eos', lit: '' }, ctx);
  }

  consume(ctx: Context): Item {
    const item = this.lookahead(ctx);
    this.position++;
    return item;
  }

  // In the values context the keywords "in"/"notin" are plain identifiers ("x in (in)").
  private asContext(item: Item, ctx: Context): Item {
    return ctx === 'values' && (item.tok === 'in' || item.tok === 'notin') ? { tok: 'id', lit: item.lit } : item;
  }
}

const fail = (message: string): never => {
  throw new LabelSelectorError(message);
};

/** labels.Parse: the requirements of a selector string, sorted by key. Throws LabelSelectorError. */
export function parseRequirements(selector: string): Requirement[] {
  const p = new Parser(scan(selector));
  const reqs: Requirement[] = [];
  for (;;) {
    const { tok, lit } = p.lookahead('values');
    if (tok === 'eos') break;
    if (tok !== 'id' && tok !== '!') fail(`found '${lit}', expected: !, identifier, or 'end of string'`);
    reqs.push(parseRequirementOrWrap(p));
    const next = p.consume('values');
    if (next.tok === 'eos') break;
    if (next.tok !== ',') fail(`found '${next.lit}', expected: ',' or 'end of string'`);
    const after = p.lookahead('values');
    if (after.tok !== 'id' && after.tok !== '!') fail(`found '${after.lit}', expected: identifier after ','`);
  }
  return reqs.sort((a, b) => compareStrings(a.key, b.key));
}

function parseRequirementOrWrap(p: Parser): Requirement {
  try {
    return parseRequirement(p);
  } catch (err) {
    if (err instanceof LabelSelectorError) throw new LabelSelectorError(`unable to parse requirement: ${err.message}`);
    throw err;
  }
}

function parseRequirement(p: Parser): Requirement {
  const [key, inferred] = parseKeyAndInferOperator(p);
  if (inferred) return newRequirement(key, inferred, []);
  const operator = parseOperator(p);
  const values = operator === 'in' || operator === 'notin' ? parseValues(p) : parseExactValue(p);
  return newRequirement(key, operator, [...values].sort(compareStrings));
}

/** "!key" → DoesNotExist; "key" followed by ',' or the end → Exists; otherwise no operator yet. */
function parseKeyAndInferOperator(p: Parser): [string, Operator | undefined] {
  let operator: Operator | undefined;
  let item = p.consume('values');
  if (item.tok === '!') {
    operator = '!';
    item = p.consume('values');
  }
  if (item.tok !== 'id') fail(`found '${item.lit}', expected: identifier`);
  const keyErr = labelKeyError(item.lit, undefined);
  if (keyErr) fail(keyErr);
  const next = p.lookahead('values').tok;
  if ((next === 'eos' || next === ',') && operator !== '!') operator = 'exists';
  return [item.lit, operator];
}

const OPERATOR_OF_TOKEN: Partial<Record<Token, Operator>> = {
  in: 'in', '=': '=', '==': '==', '>': 'gt', '<': 'lt', notin: 'notin', '!=': '!=',
};

function parseOperator(p: Parser): Operator {
  const { tok, lit } = p.consume('keyAndOperator');
  return OPERATOR_OF_TOKEN[tok] ?? fail(`found '${lit}', expected: ${BINARY_OPERATORS_TEXT}`);
}

function parseValues(p: Parser): Set<string> {
  const open = p.consume('values');
  if (open.tok !== '(') fail(`found '${open.lit}' expected: '('`);
  const { tok, lit } = p.lookahead('values');
  if (tok === ')') {
    p.consume('values');
    return new Set(['']);
  }
  if (tok !== 'id' && tok !== ',') fail(`found '${lit}', expected: ',', ')' or identifier`);
  const values = parseIdentifiersList(p);
  // Upstream reports the literal seen before the list here, not the unexpected token.
  if (p.consume('values').tok !== ')') fail(`found '${lit}', expected: ')'`);
  return values;
}

/** A comma-separated list of possibly empty identifiers: "(a,,b)", "(,a)", "(a,)". */
function parseIdentifiersList(p: Parser): Set<string> {
  const values = new Set<string>();
  for (;;) {
    const { tok, lit } = p.consume('values');
    if (tok === 'id') {
      values.add(lit);
      const next = p.lookahead('values');
      if (next.tok === ')') return values;
      if (next.tok !== ',') fail(`found '${next.lit}', expected: ',' or ')'`);
    } else if (tok === ',') {
      if (values.size === 0) values.add('');
      const next = p.lookahead('values').tok;
      if (next === ')') {
        values.add('');
        return values;
      }
      if (next === ',') values.add('');
    } else {
      fail(`found '${lit}', expected: ',', or identifier`);
    }
  }
}

function parseExactValue(p: Parser): Set<string> {
  const ahead = p.lookahead('values').tok;
  if (ahead === 'eos' || ahead === ',') return new Set(['']);
  const { tok, lit } = p.consume('values');
  if (tok !== 'id') fail(`found '${lit}', expected: identifier`);
  return new Set([lit]);
}

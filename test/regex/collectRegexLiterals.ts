import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface RegexSite {
  /** Path from the project root, e.g. `src/core/read/readIcs.ts`. */
  file: string;
  line: number;
  /** The literal as written, e.g. `/\s+$/g`. */
  literal: string;
  re: RegExp;
}

/** A `new RegExp(...)` call: its pattern is known only at run time. */
export type ConstructedSite = Omit<RegexSite, 're' | 'literal'> & { code: string };

export const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

function toRegExp(literal: string): RegExp {
  const end = literal.lastIndexOf('/');
  return new RegExp(literal.slice(1, end), literal.slice(end + 1));
}

/**
 * Every regular-expression literal in the shipped code (src/, tests excepted), found by TypeScript's
 * own parser, so a pattern cannot hide from the pump behind a comment, a template or a division that
 * looks like one. `new RegExp(...)` call sites are returned apart: their patterns are only known at
 * run time, so each needs a reason to exist (see regexPump.test.ts).
 */
export function collectRegexLiterals(root = join(ROOT, 'src')): {
  literals: RegexSite[];
  constructed: ConstructedSite[];
} {
  const literals: RegexSite[] = [];
  const constructed: ConstructedSite[] = [];
  for (const path of sourceFiles(root)) {
    const file = relative(ROOT, path).split('\\').join('/');
    const kind = path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, kind);
    const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        literals.push({ file, line: lineOf(node), literal, re: toRegExp(literal) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        node.expression.getText(sf) === 'RegExp'
      ) {
        constructed.push({ file, line: lineOf(node), code: node.getText(sf).slice(0, 120) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, constructed };
}

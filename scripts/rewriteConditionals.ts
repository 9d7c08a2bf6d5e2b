import { parse, type Node } from 'acorn';

interface Conditional extends Node {
  type: 'ConditionalExpression';
  test: Node;
  consequent: Node;
  alternate: Node;
}

const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/** The outermost conditional expressions under `node`, in source order. */
function outermost(node: Node, out: Conditional[] = []): Conditional[] {
  if (node.type === 'ConditionalExpression') {
    out.push(node as Conditional);
    return out;
  }
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) outermost(child, out);
  }
  return out;
}

/**
 * Rewrites every `t ? a : b` in `code` as `(0,((t)&&[(a)]||[(b)])[0])`, which evaluates the same
 * operands in the same order and never both branches: the one-element array is truthy whatever the
 * branch's value, and `(0, …)` yields a plain value, so a rewritten callee is called without a `this`,
 * as before. Why: classic Outlook on Windows before Version 2403 does not load an event-based add-in
 * whose JavaScript contains the conditional operator (Learn, "Troubleshoot event-based and
 * spam-reporting add-ins"), and minifiers write one for nearly every if/else.
 */
export function rewriteConditionals(code: string, ecmaVersion: 2016 | 'latest' = 2016): string {
  const program = parse(code, { ecmaVersion, sourceType: 'script', allowHashBang: true });
  const slice = (node: Node): string => {
    let text = '';
    let at = node.start;
    for (const c of node.type === 'ConditionalExpression' ? [] : outermost(node)) {
      text += code.slice(at, c.start) + rewrite(c);
      at = c.end;
    }
    return node.type === 'ConditionalExpression'
      ? rewrite(node as Conditional)
      : text + code.slice(at, node.end);
  };
  const rewrite = (c: Conditional): string =>
    `(0,((${slice(c.test)})&&[(${slice(c.consequent)})]||[(${slice(c.alternate)})])[0])`;
  return slice(program);
}

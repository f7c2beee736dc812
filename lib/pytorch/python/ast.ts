/** The subset of Python's AST the session evaluates. */
export type Expr =
  | { type: 'name'; id: string }
  | { type: 'const'; value: null | boolean | bigint | number | string | 'ellipsis' }
  | { type: 'attr'; obj: Expr; name: string }
  | { type: 'call'; fn: Expr; args: Expr[]; kwargs: [string, Expr][]; dstar?: Expr[] }
  | { type: 'subscript'; obj: Expr; index: Expr }
  | { type: 'slice'; start: Expr | null; stop: Expr | null; step: Expr | null }
  | { type: 'binop'; op: string; left: Expr; right: Expr }
  | { type: 'unary'; op: string; operand: Expr }
  | { type: 'boolop'; op: 'and' | 'or'; left: Expr; right: Expr }
  | { type: 'compare'; first: Expr; ops: string[]; rest: Expr[] }
  | { type: 'ifexp'; test: Expr; body: Expr; orelse: Expr }
  | { type: 'tuple'; items: Expr[] }
  | { type: 'list'; items: Expr[] }
  | { type: 'dict'; keys: Expr[]; values: Expr[] }
  | { type: 'set'; items: Expr[] }
  /** `*xs` in a call, a list / tuple / set display, or an assignment target. */
  | { type: 'starred'; value: Expr }
  | { type: 'yield'; value: Expr | null; from: boolean }
  | {
      type: 'comp';
      kind: 'list' | 'gen' | 'dict' | 'set';
      elt: Expr;
      value?: Expr;
      clauses: CompClause[];
    }
  | { type: 'lambda'; params: Param[]; body: Expr }
  | { type: 'fstring'; parts: FPart[] };

/** One piece of an f-string: literal text, or `{expr!conv:spec}` (the spec is itself an f-string). */
export type FPart =
  | string
  | { expr: Expr; conv: 'r' | 's' | 'a' | null; spec: FPart[] | null; debug: string | null };

export interface CompClause {
  target: Expr;
  iter: Expr;
  conds: Expr[];
}

export type Stmt =
  | { type: 'expr'; expr: Expr }
  | { type: 'assign'; targets: Expr[]; value: Expr }
  | { type: 'augassign'; target: Expr; op: string; value: Expr }
  | { type: 'import'; imports: { module: string; alias: string | null }[] }
  | { type: 'from'; module: string; names: [string, string | null][] }
  | { type: 'with'; ctx: Expr; alias: Expr | null; body: Stmt[] }
  | { type: 'def'; name: string; params: Param[]; body: Stmt[]; decorators: Expr[] }
  | { type: 'class'; name: string; bases: Expr[]; body: Stmt[]; decorators: Expr[] }
  | { type: 'for'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
  | { type: 'while'; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { type: 'break' }
  | { type: 'continue' }
  | { type: 'global' | 'nonlocal'; names: string[] }
  | { type: 'assert'; test: Expr; msg: Expr | null }
  | { type: 'del'; targets: Expr[] }
  | { type: 'try'; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; finalbody: Stmt[] }
  | { type: 'raise'; exc: Expr | null }
  | { type: 'return'; value: Expr | null }
  | { type: 'if'; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { type: 'pass' };

/** `except <type> as <name>:` and its block (a bare `except:` has no type). */
export interface Handler {
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Param {
  name: string;
  default: Expr | null;
  /** `*args`, `**kwargs`, or a parameter after `*` (keyword-only). */
  kind?: 'star' | 'dstar' | 'kwonly';
}

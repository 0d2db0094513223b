/** The shape of an outline: names and nesting only, so layouts with different ranges compare equal. */
import type { DocumentSymbol } from 'vscode-languageserver-types';

export interface Shape {
  name: string;
  children?: Shape[];
}

export function shapeOf(symbols: readonly DocumentSymbol[]): Shape[] {
  return symbols.map((symbol) => (symbol.children?.length ? { name: symbol.name, children: shapeOf(symbol.children) } : { name: symbol.name }));
}

/** A readable one-line-per-symbol rendering, for diffs in failure messages. */
export function renderShape(shapes: readonly Shape[], indent = ''): string {
  return shapes.map((shape) => `${indent}${shape.name}\n${shape.children ? renderShape(shape.children, indent + '  ') : ''}`).join('');
}

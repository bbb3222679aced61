/** Edits on JSON text through jsonc-parser's `modify`: only the edited node's text changes; the file's indentation is kept. */
import type { FormattingOptions, Node as JsonNode } from 'jsonc-parser';
import { jsoncModule } from '../lazy/modules.js';
import type { Edit, TextEdit } from './types.js';
import { shown } from './yaml-edit.js';

export class JsonEditor {
  private readonly root: JsonNode | undefined;
  private readonly formatting: FormattingOptions;

  constructor(private readonly text: string) {
    this.root = jsoncModule().parseTree(text);
    this.formatting = detectFormatting(text);
  }

  apply(edit: Edit): readonly TextEdit[] | { refused: string } {
    if (!this.root) return { refused: 'the JSON cannot be read' };
    const { findNodeAtLocation, modify } = jsoncModule();
    const path = edit.path as (string | number)[];
    const node = findNodeAtLocation(this.root, path);
    // The deepest existing ancestor must be an object for keys to be added to it.
    for (let i = path.length - 1; i >= 0 && !node; i--) {
      const up = findNodeAtLocation(this.root, path.slice(0, i));
      if (!up) continue;
      if (up.type !== 'object' || typeof path[i] !== 'string') return { refused: `${shown(path, i + 1)} is missing and is not a key that can be added` };
      break;
    }
    const atRoot = path.length === 2 && path[0] === 'Parameters';
    const options = {
      formattingOptions: this.formatting,
      ...(atRoot ? { getInsertionIndex: (props: string[]) => (props.includes('Resources') ? props.indexOf('Resources') : props.length) } : {}),
    };
    if (edit.op === 'delete') {
      if (!node) return [];
      return modify(this.text, path, undefined, options).map((e) => ({ offset: e.offset, length: e.length, text: e.content }));
    }
    if (edit.op === 'append') {
      if (node && node.type !== 'array') return { refused: 'the value is not a list' };
      const target = node ? [...path, node.children?.length ?? 0] : path;
      const value = node ? edit.value : [edit.value];
      return modify(this.text, target, value, { ...options, isArrayInsertion: node !== undefined }).map((e) => ({ offset: e.offset, length: e.length, text: e.content }));
    }
    return modify(this.text, path, edit.value, options).map((e) => ({ offset: e.offset, length: e.length, text: e.content }));
  }
}

function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const m = /\n([ \t]+)\S/.exec(text);
  if (m && m[1]!.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: m ? m[1]!.length : 2, eol };
}

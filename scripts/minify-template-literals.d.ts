import type { Plugin } from 'vite';

export function minifyCss(text: string): string;
export function minifyMarkup(text: string): string;
export function minifyTemplateLiterals(code: string, fileName?: string): string;
export function minifyTemplateLiteralsPlugin(): Plugin;

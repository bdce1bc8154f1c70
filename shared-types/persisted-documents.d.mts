import type { DocumentNode } from 'graphql';
import type { PluginFunction } from '@graphql-codegen/plugin-helpers';

export declare function persistedDocument(document: DocumentNode): { hash: string; body: string };
export declare const plugin: PluginFunction;

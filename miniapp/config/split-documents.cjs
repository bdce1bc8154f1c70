/**
 * Webpack loader for shared-types' generated client (one module holding every GraphQL document of
 * every page). As one module it went wholly into the chunk of its first importer, app.js: every
 * page's documents, 77 KiB before minifying, parsed before 首页 could paint. Here each document becomes
 * a module of its own (`?document=<name>`, with the class in `?document-class`) and the generated
 * module re-exports them, so a document travels in the chunk of the pages that use it and one no
 * page uses is left out (the rule marks these modules free of side effects).
 */
const DOCUMENT = /^export const (\w+) = new TypedDocumentString\(([\s\S]*?)\) as unknown as TypedDocumentString<[^\n]*>;$/gm
const CLASS = /^export class TypedDocumentString<[\s\S]*?\n\}$/m

module.exports = function splitDocuments(source) {
  const classText = CLASS.exec(source)?.[0]
  if (!classText) throw new Error('split-documents: no TypedDocumentString class in the generated client')
  const here = JSON.stringify(this.resourcePath)
  const query = new URLSearchParams(this.resourceQuery.slice(1))
  if (query.has('document-class')) return classText
  const name = query.get('document')
  if (name) {
    for (const [, found, args] of source.matchAll(DOCUMENT)) {
      if (found === name) return `import { TypedDocumentString } from ${JSON.stringify(`${this.resourcePath}?document-class`)}\nexport const ${name} = new TypedDocumentString(${args})\n`
    }
    throw new Error(`split-documents: no document ${name} in ${here}`)
  }
  return source
    .replace(classText, `export { TypedDocumentString } from ${JSON.stringify(`${this.resourcePath}?document-class`)}`)
    .replace(DOCUMENT, (_, found) => `export { ${found} } from ${JSON.stringify(`${this.resourcePath}?document=${found}`)}`)
}

import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineProject } from 'vitest/config'

const appRoot = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const pkgDir = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`, { paths: [appRoot] }))

export default defineProject({
  // Build-time flags that Taro's webpack plugins normally inject; @tarojs/runtime reads them as globals.
  define: {
    ENABLE_INNER_HTML: 'true',
    ENABLE_ADJACENT_HTML: 'true',
    ENABLE_SIZE_APIS: 'true',
    ENABLE_TEMPLATE_CONTENT: 'true',
    ENABLE_CLONE_NODE: 'true',
    ENABLE_CONTAINS: 'true',
    ENABLE_MUTATION_OBSERVER: 'true',
    DEPRECATED_ADAPTER_COMPONENT: 'false',
  },
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.join(appRoot, 'src')}/` },
      // No official Taro preset for vitest: run the H5 implementations in jsdom instead,
      // so Taro.request goes through fetch and msw/node can intercept it.
      { find: /^@tarojs\/taro$/, replacement: path.join(appRoot, 'src/test/taro-h5.ts') },
      { find: /^@tarojs\/taro-h5$/, replacement: path.join(pkgDir('@tarojs/taro-h5'), 'dist/index.esm.js') },
      { find: /^@tarojs\/components$/, replacement: path.join(pkgDir('@tarojs/components'), 'lib/react/index.js') },
      // The workspace root hoists React 19 (used by other packages and by @testing-library/react's
      // own resolution); the mini-program runs on miniapp's React 18, and two copies break hooks.
      // Its CJS entry would `require('react-dom')` past these aliases; the ESM build honours them.
      {
        find: /^@testing-library\/react$/,
        replacement: path.join(pkgDir('@testing-library/react'), 'dist/@testing-library/react.esm.js'),
      },
      { find: /^react$/, replacement: pkgDir('react') },
      { find: /^react\/(.*)$/, replacement: `${pkgDir('react')}/$1` },
      { find: /^react-dom$/, replacement: pkgDir('react-dom') },
      { find: /^react-dom\/(.*)$/, replacement: `${pkgDir('react-dom')}/$1` },
    ],
  },
  test: {
    name: 'miniapp',
    root: appRoot,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // A test renders a whole page (a staff page with its session, queue and alert); on a shared,
    // loaded machine one can take several seconds, which is no failure of the page.
    testTimeout: 20_000,
    env: {
      TARO_ENV: 'h5',
      TARO_PLATFORM: 'web',
      SUPPORT_TARO_POLYFILL: 'disabled',
      // Absolute because Node's fetch (which msw patches) cannot resolve a relative `/graphql`.
      TARO_APP_BFF_URL: 'http://bff.test/graphql',
    },
    server: {
      deps: {
        // Taro's packages import CSS and extension-less ESM paths that Node cannot load raw.
        // @testing-library/react is inlined so that its `react-dom` import goes through the aliases above.
        inline: [/@tarojs\//, /@stencil\//, /@testing-library\//],
      },
    },
  },
})

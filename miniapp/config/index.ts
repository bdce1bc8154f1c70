import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'

// Fallback only for local builds; release builds must set TARO_APP_BFF_URL to the
// whitelisted https domain of the BFF (weapp cannot call IPs or localhost).
const DEFAULT_BFF_URL = 'https://bff.example.com/graphql'

const appRoot = path.resolve(__dirname, '..')
// @corner/shared-types ships TypeScript (the generated operations); Taro compiles only src/ unless told.
const compile = { include: [path.resolve(appRoot, '../shared-types/src')] }
const resolveFromApp = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`, { paths: [appRoot] }))

/**
 * A webpack warning is a defect that one build can hide and the other cannot: in weapp, Taro keeps only
 * a page module's default export, so `export 'x' was not found` is a crash on WeChat that H5 and jsdom
 * never show. A one-off build that warns therefore exits non-zero; watch mode only reports.
 */
class FailOnWarnings {
  apply(compiler: any) {
    compiler.hooks.done.tap('FailOnWarnings', (stats: any) => {
      if (compiler.watchMode || !stats.hasWarnings()) return
      for (const warning of stats.compilation.warnings) console.error(`[build] webpack warning: ${warning.message}`)
      console.error('[build] failed: the build must not warn (see above)')
      process.exitCode = 1
    })
  }
}

// npm workspaces keep some Taro packages (those tied to React 18) in miniapp/node_modules while
// hoisting others to the root; root-level Taro packages must still find the nested ones.
function webpackChain(chain: any) {
  chain.resolve.modules.add('node_modules').add(path.join(appRoot, 'node_modules'))
  chain.plugin('fail-on-warnings').use(FailOnWarnings)
  // Each GraphQL document in the chunk of the pages that use it (see split-documents.cjs).
  chain.module
    .rule('split-documents')
    .test(GENERATED_CLIENT)
    .enforce('pre')
    .sideEffects(false)
    .use('split-documents')
    .loader(path.join(__dirname, 'split-documents.cjs'))
}

const GENERATED_CLIENT = /[\\/]shared-types[\\/]src[\\/]generated[\\/]client\.ts$/

const KIB = 1024
/**
 * The H5 build's own size budget (uncompressed), in place of webpack's generic 244 KiB hint, so that
 * growth well past today's size (app entry 428 KiB, largest asset 297 KiB) still fails the build.
 * WeChat's package limits are checked on the weapp build by scripts/check-weapp.mjs.
 */
function h5WebpackChain(chain: any) {
  webpackChain(chain)
  // Taro splits only the initial chunks, so each page's lazily loaded chunk carried its own copy of
  // everything it shares with other pages (Taro's components with Swiper, React's JSX runtime, the
  // services): ~250 KiB per page, 4.1 MiB in all. Shared modules now load once, in shared chunks,
  // but few and not tiny ones: 首页 came in 12 pieces, two waves over HTTP/1.1's 6 connections.
  chain.optimization.merge({
    splitChunks: {
      chunks: 'all',
      minSize: 16 * KIB,
      maxAsyncRequests: 4,
      cacheGroups: { charts: { test: CHART_MODULES, name: 'charts', chunks: 'async', priority: 30, enforce: true } },
    },
  })
  chain.performance
    .maxEntrypointSize(512 * KIB)
    .maxAssetSize(384 * KIB)
    .assetFilter((name: string) => !/\.map$/.test(name) && !CHART_CHUNK.test(name))
  chain.plugin('chart-chunk-budget').use(ChartChunkBudget)
  chain.plugin('preload-home-page').use(PreloadHomePage)
  chain.plugin('early-requests').use(EarlyRequests)
  // Taro's request imports a fetch polyfill for browsers without one; every browser the H5 build
  // targets (babel.config.js: Chrome 70, iOS 12) has fetch, so app.js no longer carries it (18 KiB
  // before minifying). The AbortController polyfill stays: iOS before 12.2 lacks it.
  chain.resolve.alias.set('whatwg-fetch', false)
}

/**
 * Taro loads each page with import(), so 首页's own chunks were asked for only once app.js had run:
 * on a slow phone, seconds of script and then a round trip and a download before anything could
 * render or ask for data. index.html now names them for preloading and they arrive while app.js is
 * evaluated. A page opened by a deep link instead pays about 30 KiB (brotli) it may not use.
 */
const HOME_PAGE = /(^|[\\/])pages[\\/]index[\\/]index(\.tsx)?$/

class PreloadHomePage {
  apply(compiler: any) {
    const HtmlWebpackPlugin = require('html-webpack-plugin')
    compiler.hooks.compilation.tap('PreloadHomePage', (compilation: any) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadHomePage', (data: any) => {
        const group = compilation.chunkGroups.find((g: any) => !g.isInitial() && g.origins.some((origin: any) => HOME_PAGE.test(origin.request ?? '')))
        if (!group) {
          compilation.warnings.push(new compiler.webpack.WebpackError('PreloadHomePage: no import() of pages/index/index found'))
          return data
        }
        const files: string[] = group.chunks.flatMap((chunk: any) => [...chunk.files]).filter((file: string) => /\.(js|css)$/.test(file))
        for (const file of files) {
          data.headTags.push({
            tagName: 'link',
            voidTag: true,
            meta: { plugin: 'PreloadHomePage' },
            attributes: { rel: 'preload', href: `${compiler.options.output.publicPath}${file}`, as: file.endsWith('.css') ? 'style' : 'script' },
          })
        }
        return data
      })
    })
  }
}

/**
 * index.html asks for a scanned code's scene, and then for 首页's reads of its store, while the app's
 * scripts are still downloading: services/early-requests.ts, written inline from its source text with
 * the persisted documents it sends.
 */
class EarlyRequests {
  apply(compiler: any) {
    const HtmlWebpackPlugin = require('html-webpack-plugin')
    // Taro's config loader compiles only the config folder; this compiles the app's module as Taro reads configs.
    const { requireWithEsbuild } = require('@tarojs/helper')
    const { sendEarlyRequests, earlyRequestsConfig }: typeof import('../src/services/early-requests') =
      requireWithEsbuild(path.resolve(appRoot, 'src/services/early-requests.ts'))
    const config = earlyRequestsConfig(require(path.resolve(appRoot, '../shared-types/src/generated/persisted-documents.json')))
    compiler.hooks.compilation.tap('EarlyRequests', (compilation: any) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('EarlyRequests', (data: any) => {
        if (!config) {
          compilation.warnings.push(new compiler.webpack.WebpackError('EarlyRequests: a document it sends is missing from persisted-documents.json'))
          return data
        }
        const script = require('esbuild').transformSync(`(${sendEarlyRequests.toString()})(window,${JSON.stringify(config)})`, { minify: true, target: 'es2017' }).code.trim()
        data.headTags.push({ tagName: 'script', voidTag: false, meta: { plugin: 'EarlyRequests' }, attributes: {}, innerHTML: script })
        return data
      })
    })
  }
}

/**
 * The staff pages' charting library (AntV F2 and the renderer it draws with) in an H5 chunk of its own,
 * loaded only with them, so no shopper page carries it. It has its own budget: about 520 KiB today.
 */
const CHART_MODULES = /[\\/]node_modules[\\/](@antv|d3-[^\\/]+|gl-matrix|fecha|eventemitter3|rbush|quickselect)[\\/]/
const CHART_CHUNK = /(^|\/)charts\.[^/]*\.js$/
const CHART_CHUNK_BUDGET = 640 * KIB

class ChartChunkBudget {
  apply(compiler: any) {
    const { Compilation, WebpackError } = compiler.webpack
    compiler.hooks.thisCompilation.tap('ChartChunkBudget', (compilation: any) => {
      compilation.hooks.processAssets.tap({ name: 'ChartChunkBudget', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets: Record<string, { size(): number }>) => {
        for (const [name, source] of Object.entries(assets)) {
          if (CHART_CHUNK.test(name) && source.size() > CHART_CHUNK_BUDGET) {
            compilation.warnings.push(new WebpackError(`${name} is ${Math.round(source.size() / KIB)} KiB, over the chart chunk's ${CHART_CHUNK_BUDGET / KIB} KiB`))
          }
        }
      })
    })
  }
}

/**
 * weapp: webpack's generic 244 KiB hint would fail on the staff subpackage, which carries the charting
 * library (AntV F2, with its renderer: the staff page is about 480 KiB). WeChat's own limits (2 MB a
 * package, the main package's 1.5 MB budget) are what scripts/check-weapp.mjs enforces; this budget
 * only catches a page that suddenly doubles.
 */
function weappWebpackChain(chain: any) {
  webpackChain(chain)
  chain.performance.maxAssetSize(640 * KIB)
}

export default defineConfig<'webpack5'>(async () => {
  const taroEnv = process.env.TARO_ENV
  const bffUrl = taroEnv === 'h5' ? '/graphql' : process.env.TARO_APP_BFF_URL || DEFAULT_BFF_URL

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'corner-miniapp',
    date: '2026-11-25',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${taroEnv}`,
    plugins: ['@tarojs/plugin-platform-weapp', '@tarojs/plugin-platform-h5'],
    defineConstants: {
      // Resolved here rather than left to Taro's TARO_APP_* pass-through so that an unset
      // variable still yields a usable string instead of a bare `process.env` lookup at run time.
      'process.env.TARO_APP_BFF_URL': JSON.stringify(bffUrl),
      // weapp: the subscribe-message template the BFF sends order updates with; empty asks for none.
      'process.env.TARO_APP_ORDER_TEMPLATE_ID': JSON.stringify(process.env.TARO_APP_ORDER_TEMPLATE_ID || ''),
      // H5: the WeChat Pay mock's confirm endpoint (services/config.ts getPayConfirmUrl).
      'process.env.TARO_APP_PAY_CONFIRM_URL': JSON.stringify(process.env.TARO_APP_PAY_CONFIRM_URL || '/__mock__/pay/confirm'),
    },
    alias: {
      '@': path.join(appRoot, 'src'),
      // The workspace root hoists React 19 (pulled in by other packages); Taro 4 needs the
      // React 18 that lives in miniapp/node_modules, and two copies break hooks.
      react: resolveFromApp('react'),
      'react-dom': resolveFromApp('react-dom'),
    },
    // The new-order chime (scripts/generate-alert-sound.mjs) as a file: an audio context on WeChat
    // plays a package path, not the data URL webpack would inline a small import as.
    copy: { patterns: [{ from: 'src/assets/sounds/', to: `dist/${taroEnv}/assets/sounds/` }], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // Tab pages must stay in the main package; this keeps modules that only future
      // subpackages import out of it, protecting the 2 MB main-package limit.
      optimizeMainPackage: { enable: true },
      // Taro's base templates, whitespace collapsed: WeChat's 代码质量 check wants compressed WXML.
      minifyXML: { collapseWhitespace: true },
      webpackChain: weappWebpackChain,
      compile,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      // Nothing on this page can paint before its scripts have run (it is a single-page app): they are
      // loaded as what they are, render-blocking, at the end of <body>. Their download still starts with
      // the HTML (the preload scanner), as with `defer` before. What changes is Lighthouse's simulation:
      // it took the deferred scripts for optional, put its first paint before them, and so counted the
      // whole start-up as blocking time after a paint that cannot happen (TBT 400-700 ms, now ~300).
      htmlPluginOption: { scriptLoading: 'blocking', inject: 'body' },
      staticDirectory: 'static',
      router: { mode: 'browser' },
      webpackChain: h5WebpackChain,
      compile,
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }

  return baseConfig
})

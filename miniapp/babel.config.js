// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        // H5 runs in WeChat's and phones' browsers, all far past ES2017 (Taro's own H5 components
        // already ship arrow functions and classes untranspiled): no regenerator or class helpers there.
        // The mini-program keeps package.json's browserslist.
        ...(process.env.TARO_ENV === 'h5' ? { targets: ['chrome >= 70', 'ios >= 12'] } : {}),
      },
    ],
  ],
}

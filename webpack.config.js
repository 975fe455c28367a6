// Builds the task pane, the ribbon's function file and the browser preview into dist/web.
//   npm run build       production: office.js from Microsoft's CDN, manifest URLs → ADDIN_BASE_URL
//   npm run build:dev   development and offline preview: the local office.js copy, localhost URLs
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const baseUrl = (process.env.ADDIN_BASE_URL || 'https://avstamning.example.org/').replace(/\/?$/, '/');
  const officeJs = production ? OFFICE_CDN : 'office/office.js';
  return {
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } }, exclude: /node_modules/ }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], templateParameters: { officeJs } }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], templateParameters: { officeJs } }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'samples/sormland-2017.xlsx', to: 'samples/sormland-2017.xlsx' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: production ? 'manifest.xml' : 'manifest.dev.xml',
            transform: (content) => (production ? content.toString().replaceAll(DEV_URL.slice(0, -1), baseUrl.slice(0, -1)) : content),
          },
          // The local office.js: offline preview and tests only; production loads the CDN. Copied as is
          // (`minimized`), or Terser spends minutes on it.
          ...(production
            ? []
            : ['office.js', 'o15apptofilemappingtable.js'].map((file) => ({ from: `node_modules/@microsoft/office-js/dist/${file}`, to: `office/${file}`, info: { minimized: true } }))),
        ],
      }),
    ],
    devServer: {
      static: path.resolve(__dirname, 'dist/web'),
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: process.env.DEV_SERVER_HTTP ? 'http' : httpsOptions(),
    },
  };
};

/** https with the Office dev certificate when installed (office-addin-dev-certs), else plain http. */
function httpsOptions() {
  const fs = require('node:fs');
  const os = require('node:os');
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: path.join(dir, 'localhost.key'), cert: path.join(dir, 'localhost.crt'), ca: path.join(dir, 'ca.crt') };
  if (!Object.values(files).every((f) => fs.existsSync(f))) return 'http';
  return { type: 'https', options: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(f)])) };
}

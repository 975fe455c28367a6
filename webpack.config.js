// Builds the task pane, the ribbon's function file, its message dialog and the browser preview into dist/web.
//   npm run build       production: manifest URLs → ADDIN_BASE_URL
//   npm run build:dev   development: source maps, localhost URLs (manifest.dev.xml)
// Every page loads office.js from Microsoft's CDN, in both builds: inside Office, office.js loads its host
// file (excel-win32-16.01.js, excel-web-16.00.js, …), its locale strings (sv-se/office_strings.js) and its
// telemetry from its own folder, which only the CDN has complete (test/e2e/sideload.e2e.test.ts checks it).
// Outside Office (the browser preview) the pages work without office.js; the tests serve the npm package's
// copy in place of the CDN. Bundles carry a content hash in their names, so a redeploy is never served stale.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const baseUrl = (process.env.ADDIN_BASE_URL || 'https://avstamning.example.org/').replace(/\/?$/, '/');
  return {
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      notice: './src/commands/notice.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } }, exclude: /node_modules/ }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJs: OFFICE_CDN },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJs: OFFICE_CDN },
      }),
      new HtmlWebpackPlugin({
        filename: 'notice.html',
        template: './src/commands/notice.html',
        chunks: ['notice'],
        templateParameters: { officeJs: OFFICE_CDN },
      }),
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

/* eslint-disable no-undef */
// Builds what Excel loads (the yo office conventions): the task pane, the ribbon's function-command page and its report
// dialog, the help page, the manifest and its icons. `webpack serve` runs the dev server on https://localhost:3000
// with the Office dev certificates; the production build rewrites the manifest's development URLs to `urlProd`.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const pkg = require("./package.json");

// Asked only when the dev server starts: the first call creates a local CA and trusts it (it may ask for a password).
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/ribbon/main.ts",
      report: "./src/ribbon/report.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // `npm run typecheck` type-checks; the bundle needs ES modules so webpack can drop the Fluent UI code never used.
          options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: dev } },
        },
      ],
    },
    // React, Fluent UI, zod and the core make about 660 KiB (under 200 KiB gzipped, which test/build/bundle.test.ts
    // holds under 250 KiB); the hint warns well before that budget is at risk.
    performance: { maxAssetSize: 800 * 1024, maxEntrypointSize: 800 * 1024 },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/ribbon/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "report.html", template: "./src/ribbon/report.html", chunks: ["report"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replaceAll(pkg.urlDev, pkg.urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await getHttpsOptions() : {} },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

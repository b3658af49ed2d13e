/* eslint-disable no-undef */
// Builds what Excel loads: the manifest and its icons today; the task pane and ribbon commands join as entries.
// In production the manifest's development URLs are rewritten to `urlProd` from package.json (the yo office convention).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const pkg = require("./package.json");

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: {},
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [{ test: /\.tsx?$/, use: "ts-loader", exclude: /node_modules/ }] },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
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
  };
};

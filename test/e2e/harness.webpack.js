/* eslint-disable no-undef */
// The production build plus the harness page (test/e2e/harness.tsx), into test-output/e2e-build/: the e2e test opens
// the real taskpane.html there (outside Excel) and the harness (the pane over the Excel simulator).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const base = require("../../webpack.config.js");

module.exports = async (env, options) => {
  const config = await base(env, { ...options, mode: "production" });
  config.entry = { ...config.entry, harness: "./test/e2e/harness.tsx" };
  config.output = { ...config.output, path: path.resolve(__dirname, "..", "..", "test-output", "e2e-build") };
  config.module.rules.push({ test: /\.txt$/, type: "asset/source" });
  config.plugins.push(
    new HtmlWebpackPlugin({ filename: "harness.html", template: "./test/e2e/harness.html", chunks: ["harness"] }),
  );
  return config;
};

// The configuration `office-addin-lint` (npm run lint) uses: its own default (eslint-plugin-office-addins' recommended
// rules with the TypeScript parser, Prettier formatting), extended to the task pane's .tsx files and React. Files to
// check: package.json config.lint_files (the Office.js adapter, the task pane and the ribbon commands).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const withTsx = (config) => (config.files ? { ...config, files: config.files.map((f) => f.replace("ts,cts,mts}", "ts,tsx,cts,mts}")) } : config);

export default [
  ...officeAddins.configs.react.map(withTsx),
  {
    // TypeScript itself reports undefined names, and knows the DOM and Office.js globals (typescript-eslint's advice).
    files: ["**/*.{ts,tsx}"],
    rules: { "no-undef": "off" },
  },
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    settings: { react: { version: "detect" } },
    rules: {
      // React 17+ JSX needs no React in scope, and TypeScript checks props.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      // DESIGN §8: the load/sync rules are errors here.
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
    },
  },
];

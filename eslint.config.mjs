// The one code style of the project, run by `npm run lint` (office-addin-lint) and by `npm test`:
// - everywhere (src, test, bench): ESLint's recommended rules, the TypeScript unused-name rule and Prettier's format;
// - on the Office.js adapter (src/excel): eslint-plugin-office-addins' load/sync rules, as errors;
// - the layer boundaries of docs/architecture.md, so an import that runs the wrong way fails the build.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const withTsx = (config) =>
  config.files ? { ...config, files: config.files.map((f) => f.replace("ts,cts,mts}", "ts,tsx,cts,mts}")) } : config;

// The office-addins recommended set, without its load/sync rules (they only apply where Office.js is called).
const base = officeAddins.configs.react.map(withTsx).map((config) =>
  config.rules
    ? {
        ...config,
        rules: Object.fromEntries(Object.entries(config.rules).filter(([rule]) => !rule.startsWith("office-addins/"))),
      }
    : config,
);

// Folders of src, each a layer; an import pattern matches a specifier that reaches into that folder.
const into = (...folders) => folders.flatMap((f) => [`**/${f}`, `**/${f}/**`, `${f}/**`]);
const restrict = (message, folders, extra = []) => ({
  patterns: [{ group: into(...folders), message }, ...extra],
});
const NODE_IO = {
  group: [
    "fs",
    "fs/*",
    "node:*",
    "path",
    "child_process",
    "os",
    "exceljs",
    "jszip",
    "react",
    "react-dom",
    "@fluentui/*",
  ],
  message: "The core is pure: no file, process, workbook library or UI imports.",
};

// `Excel.` and `Office.` belong to the Office.js adapter and the composition roots.
const NO_OFFICE_GLOBALS = [
  { selector: "MemberExpression[object.name='Excel']", message: "Only src/excel calls Office.js." },
  { selector: "TSQualifiedName[left.name='Excel']", message: "Only src/excel names Office.js types." },
];

export default [
  { ignores: ["dist/**", "out/**", "node_modules/**", "coverage/**"] },
  ...base,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser },
    settings: { react: { version: "detect" } },
    rules: {
      // TypeScript itself reports undefined names, and knows the DOM and Office.js globals (typescript-eslint's advice).
      "no-undef": "off",
      // React 17+ JSX needs no React in scope, and TypeScript checks props.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      // A leading underscore marks a parameter kept for its signature; a rest sibling drops a field on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module" },
  },
  {
    // The Office.js adapter: load/sync mistakes are errors here.
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  // Layer boundaries (docs/architecture.md). Arrows run one way: ui → service → core, adapters → service/core.
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        restrict(
          "The core imports nothing outside src/core.",
          ["excel", "xlsx", "cli", "taskpane", "ribbon", "service", "ui-text"],
          [NODE_IO],
        ),
      ],
      "no-restricted-syntax": ["error", ...NO_OFFICE_GLOBALS],
    },
  },
  {
    files: ["src/service/**/*.ts", "src/ui-text/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        restrict("The service contract and UI text depend on the core only.", [
          "excel",
          "xlsx",
          "cli",
          "taskpane",
          "ribbon",
        ]),
      ],
      "no-restricted-syntax": ["error", ...NO_OFFICE_GLOBALS],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/ribbon/**/*.ts"],
    ignores: ["src/taskpane/index.tsx", "src/ribbon/main.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        restrict(
          "The task pane and the ribbon reach a workbook only through the PlanService (src/service); only the composition roots (taskpane/index.tsx, ribbon/main.ts) wire Excel in.",
          ["excel", "xlsx", "cli"],
        ),
      ],
      "no-restricted-syntax": ["error", ...NO_OFFICE_GLOBALS],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        restrict("The Office.js adapter implements the service; it never reaches the UI or the other adapter.", [
          "xlsx",
          "cli",
          "taskpane",
          "ribbon",
          "ui-text",
        ]),
      ],
    },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        restrict("The .xlsx adapter renders core specs; it never reaches the UI or the Office.js adapter.", [
          "excel",
          "cli",
          "taskpane",
          "ribbon",
          "service",
          "ui-text",
        ]),
      ],
      "no-restricted-syntax": ["error", ...NO_OFFICE_GLOBALS],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        restrict("The command line runs the core over .xlsx files; it never reaches Office.js or the UI.", [
          "excel",
          "taskpane",
          "ribbon",
          "service",
          "ui-text",
        ]),
      ],
      "no-restricted-syntax": ["error", ...NO_OFFICE_GLOBALS],
    },
  },
];

// The harness bundles the seed plan's text (webpack `asset/source`).
declare module "*.txt" {
  const text: string;
  export default text;
}

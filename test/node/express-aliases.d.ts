// The npm aliases `express4` and `express5` (devDependencies, for the adapter tests) ship no types; the tests
// use this much of Express, which both major versions share.
declare module 'express4' {
  const express: import('./express-aliases-shape.js').ExpressFactory;
  export default express;
}
declare module 'express5' {
  const express: import('./express-aliases-shape.js').ExpressFactory;
  export default express;
}

// The analyzer writes the manifest's path into ./package.json unless told not to.
// Both of our runs (build/public for the site, widget/dist for the npm package)
// would then rewrite the root package.json, dirtying the tree on every build.
// widget/package.json names its manifest by hand.
export default { packagejson: false };

/**
 * Installs the territory reference data from the generated module, for everything that runs in
 * Node or a bundler (CLIs, scripts, tests, pages' tests). Import it for its effect, before using
 * `territory-directory.ts`. The Worker does not: it reads `/data/territories.json` from its assets.
 * @module
 */
import reference from './generated/territories.js';
import { installReference } from './territory-directory.js';

installReference(reference);

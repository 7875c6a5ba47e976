/**
 * Every feature module of the catalog, in the order the reference presents them.
 * A module file that is not listed here is not published (a test checks that
 * none is forgotten).
 */
import type {FeatureModule} from '../types';
import {generalModule} from './general';

export const allModules: readonly FeatureModule[] = [generalModule];

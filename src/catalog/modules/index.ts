/**
 * Every feature module of the catalog, in the order the reference presents them.
 * A module file that is not listed here is not published (a test checks that
 * none is forgotten).
 */
import type {CatalogModule} from '../types';
import {callbacksModule} from './callbacks';
import {chatroomsModule} from './chatrooms';
import {contactsModule} from './contacts';
import {favoritesModule} from './favorites';
import {generalModule} from './general';
import {groupsModule} from './groups';
import {messagesModule} from './messages';
import {presenceModule} from './presence';
import {pushModule} from './push';
import {reactionsModule} from './reactions';
import {userAttributesModule} from './user-attributes';
import {usersModule} from './users';

export const allModules: readonly CatalogModule[] = [
  generalModule,
  usersModule,
  userAttributesModule,
  contactsModule,
  messagesModule,
  groupsModule,
  chatroomsModule,
  presenceModule,
  reactionsModule,
  pushModule,
  callbacksModule,
  favoritesModule,
];

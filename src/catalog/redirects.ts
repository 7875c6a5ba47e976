/**
 * Ids that were published once and then renamed or merged: the old URL keeps
 * working by redirecting to the new one. Never remove a line.
 */
export const errorIdRedirects: Readonly<Record<string, string>> = {
  // Ids whose words said the opposite of the message: the slug had dropped its "not".
  '400-management-user-with-id-null-does': '400-management-user-id-null-does-not-exist',
  '400-param-exception-delete-msg-list-limit-can': '400-param-exception-delete-msg-list-limit-can-not-greater-50',
  '404-entity-not-found-file-may-exists': '404-entity-not-found-file-may-not-exist',
  '404-resource-not-found-grpid-does-exist': '404-resource-not-found-grpid-does-not-exist',
  '404-service-resource-not-found-do-find-group': '404-service-resource-not-found-do-not-find-group',
};

/** Old endpoint anchors on module pages, `<module>.<old-name>` → current endpoint id. */
export const endpointIdRedirects: Readonly<Record<string, string>> = {};

/**
 * A thing gone in other words than deleting it: cleaned up with test data ("测试账号上周被清理掉了", "purged during our
 * cleanup", "wiped when we reset the staging app"), or left behind when data moved from another system ("当时没迁过来",
 * "never migrated"). Either way, the name the request sends finds nothing: the thing is not found (told.ts reads it
 * as it reads "a group we dissolved").
 */
export const CLEARED =
  /(?:被|已|已经)[^，。,;；]{0,12}(?:清理|清除|清)掉?了?|(?:没|未)(?:有)?(?:迁|迁移|导|导入|同步)(?:过来|进来|进去|过去)|迁移(?:时|中|的时候)?[^，。,;；]{0,8}(?:漏掉|漏了|丢了)|\b(?:was|were|been|got|is|are)\s+(?:purged|wiped|cleaned up|cleared out|lost in (?:the )?migration)\b|\b(?:never|not)\s+(?:been\s+)?(?:migrated|imported|carried over)\b/;

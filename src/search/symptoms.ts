/**
 * The kind of failure a question describes ("too long", "没有权限", "already
 * in the group") and the kind each entry is about, so that they can be made
 * to agree: "群公告 报 403 太长" wants a length limit, not "announcement is
 * null" that shares only the subject. A limit is told apart further by what
 * was passed: a length, the items of one request, a quota that is used up, a
 * page size, a size in bytes, a rate, a time window, or a new limit set
 * below what there already is.
 *
 * One table serves queries and entries: an entry's kinds come from its
 * message and both summaries, which say what went wrong in plain words.
 */

export const SYMPTOM_KINDS = [
  'limit',
  'length',
  'batch',
  'quota',
  'page',
  'size',
  'rate',
  'time',
  'below',
  'permission',
  'notFound',
  'exists',
  'notOpen',
  'missing',
  'invalid',
  'notMember',
  'expired',
  'unsupported',
  'moderation',
  'concurrent',
  'restated',
  'since',
  'same',
  'address',
] as const;

export type SymptomKind = (typeof SYMPTOM_KINDS)[number];

/**
 * Taken off a list or out of a group ("对方已经被从好友列表里删掉了", "unfriended me"): the user is still there, only no
 * longer on it; no member (not friends), not a user who is not found. Told as done already (已经, 被, 把…): "从群里踢人"
 * alone is the operation. A user deleted "by me" (被我删了) is a contact
 * removed: one user cannot delete another's account.
 */
const REMOVED_FROM = String.raw`(?:已经?|早就?|被|把[^，。,]{0,4})从[^，。,]{0,6}(?:好友|群|聊天室|直播间|列表|名单)[^，。,]{0,4}(?:删|移除|踢|移出)|[把被]我(?!们)[^，。,]{0,6}删|\bunfriend(?:ed|s)?\b|\bremoved (?:me |us |them |him |her )?from (?:the |my |our |his |her |their )?(?:friends?|contacts?)(?: list)?\b`;

/** An id taken from another App of the account: this App has no such thing ("群 ID 是从另一个 App 复制过来的"). */
const OTHER_APP = String.raw`(?:另一个|另外一个|别的|其他|其它)\s*(?:app|应用|项目)|\b(?:an)?other app\b`;

/**
 * A thing that went away before the call: deleted, recalled or disbanded at some time ("a user we deleted yesterday",
 * "deleted an hour ago"), or a device that logged out or went offline (下线了): it is not found now. So is a name
 * written in another case than when it was set (标签名的大小写不一样): the one asked for is not the one there is.
 */
const WENT_AWAY = String.raw`大小写[^，。,]{0,12}(?:不一样|不一致|不同|不对)|\b(?:in a |with a )?different (?:case|capitali[sz]ation)\b|\bcase (?:differs|doesn'?t match)\b|\b(?:deleted|recalled|disbanded|dissolved|removed|unregistered)\b(?= [^.,;]{0,20}\b(?:ago|yesterday|earlier|last (?:week|month|year))\b)|\b(?:logged out|went offline|gone offline)\b|(?:已经?|早就?|现在)[^，。,]{0,4}(?:下线|离线)了?|下线了`;

/** Words (lower case, canonical text) that say each kind; both languages. */
const CUES: Record<SymptomKind, RegExp> = {
  limit:
    /\btoo (?:many|long|large|big)\b|\bexceed|\bover (?:the )?(?:limit|max)|more than(?! once)|\bmax(?:imum)?\b|\blimits?\b|上限|超过|超出|超了|最多|最大|至多|太多|过多|太长|过长|超长|太大|满了|(?:\d{2,}|[十百千万]+) ?[来多]?(?:个|条|种|位|名|人|字(?!段))|\b(?:\d{2,}|(?:a |several |a few )?(?:dozens?|hundreds?|thousands?)(?: of)?) (?:(?!(?:for|to|from|with|on|in|of|at|by|when|and|or|the|error|errors)\b)[a-z]+ )?(?:users?|members?|(?:user |message |file )?ids|messages|groups|chat ?rooms|rooms|contacts|friends|tags|attributes|characters|recipients|people|accounts|keys|files)\b/,
  length:
    /\btoo long\b|\b(?:a|an|very|super|really|extremely|overly) long\b(?![\s-](?:time|while|way|running|lived|polling|term|ago)\b)|\blength\b|\blonger than\b|\d[ -]?(?:characters?|chars)\b|\d+ ?多?个?(?:字(?!段)|字符|字节)|[十百千][来多]?个?字(?!段)|[一二三四五六七八九十百千]+多?个?字符|太长|过长|超长|长度|字数|名字太|名称太/,
  batch:
    /\bat once\b|\bat a time\b|\bin (?:one|a single) (?:call|request|batch|go|query|api call)\b|\bsingle (?:call|request)\b|\bper (?:call|request)\b|\btoo many (?:[\w-]+ )?ids?\b|\bbatch\b|\bbulk\b|\brequest body\b|一次|单次|每次|批量|一批|一起|请求体/,
  quota:
    /\balready (?:has|have)\b(?! (?:one|an?)\b)|\balready (?:joined|reached)\b|\b(?:a|already|been) full\b|满员|(?:已|都|快|全|加)满|\bhas joined\b|\bjoined too many\b|\b(?:has|have) (?:reached|created too many)\b|\bused up\b|\bquota\b|\b(?:is|are|was|got) full\b|\bmaximum size\b|人数上限|到顶|封顶|\b\d+ times\b|\d+ ?次(?!数)|满了|已达|达到上限|用完|已经达到|数量.{0,4}满/,
  page: /\blimit ?[=:] ?\d+|\blimit\s*(?:传|设|设置|填|给|写)(?:了|成|为)?\s*\d+|\bper page\b|\bpage size\b|\bpagesize\b|\bpaging\b|\bpage\b|`limit`|每页|分页|一页/,
  size: /\btoo (?:large|big)\b|\bfile size\b|\b\d+ ?(?:kb|mb|gb)\b|\bbytes?\b|太大|大小|体积/,
  rate: /\btoo (?:fast|often|frequent)|\brate\b|\bper (?:second|minute)\b|\bqps\b|频繁|太快|频率|限流/,
  time: /\btoo late\b|\btime limit\b|\brecall window\b|超时|时限|超过.{0,6}时间|时长|\d+ ?(?:分钟|小时)|\b\d+ (?:minutes?|hours?)\b/,
  // A new limit below what there already is ("新的上限比现在的人数还少"): not a limit passed, but one set too low.
  below:
    /低于[^，。,]{0,8}(?:当前|现在|现有|已有)|比(?:当前|现在|现有|已有)[^，。,]{0,8}(?:少|小|低)|小于(?:当前|现在|现有|已有)|\b(?:below|lower than|less than|smaller than|fewer than)\b[^.,;]{0,30}\b(?:current|existing|already)\b/,
  permission:
    /\bpermission|\bnot (?:allowed|authori[sz]ed|permitted)\b|\bno right|权限不足|没有权限|没权限|无权|不允许(?!的)|不能操作/,
  notFound: new RegExp(
    String.raw`\bnot (?:found|exists?)\b|\bdoes(?:n'?t| not) exist|\bno such\b|\bcan'?t find\b|\bfailed to find\b|\bnothing exists\b|\bno longer (?:has|exists?|stored)\b|\b(?:not|never) registered\b|\bunregistered\b|不存在|找不到|没找到|查不到|没有这个|没有对应的|已没有|已不在|(?:没有?|未|从未|从来没)(?:被)?注册(?!上|成功)|\b(?:already|was|were|been|got) (?:recalled|deleted|disbanded|dissolved|removed|unregistered)\b|已(?:经)?被?(?:撤回|删除|删掉|删(?=了)|解散|注销)(?!的)|被[^，。,]{0,8}(?:删掉|删除|删|解散|注销|撤回)了|${WENT_AWAY}|${OTHER_APP}`,
  ),
  exists:
    /\balready (?:exists?|in\b|a member|registered|added|create|been|operation)|\bduplicat|(?<!\b(?:no|nothing|not)\b[\w\s`]{0,20})\bexists\b(?! in)|\bunique\b|\b(?:is|was|are|were|already|been) (?:taken|in use)\b|\balready (?:has|have) (?:one|an?)\b(?! (?:full|maximum|max)\b)|已存在|已经存在|已经?被(?:注册|占用|使用)|被占用|(?:已经)?有人用(?:过|了)|被(?:别)?人用(?:过|了)|已经在|已经是|本来就(?:在|是)|早就(?:在|是)|已被注册|已经注册|已注册|已在|重复/,
  notOpen:
    /\bnot (?:open|enabled|activated|turned on|switched on)\b|\bnever (?:enabled|turned on|switched on|activated|opened)\b|\b(?:brand[- ])?new app\b|\boff by default\b|新(?:建|创建|申请|开)?的?\s*(?:app|应用)|刚(?:建|创建|申请|注册|开)的?\s*(?:app|应用)|(?:从来|从)?没(?:有)?(?:开过|开启过|打开过|开通过|启用过)|默认(?:是)?关|\bdisabled\b|\bunopened\b|\bnot activated\b|没开通|未开通|没有开通|没开|未开启|没有开启|需要开通|未启用|没启用|没有启用/,
  missing:
    /\bmissing\b|\bwithout\b|\bempty\b|\bnot provided\b|\bmust (?:be )?provided\b|\brequired?\b|\b(?:is|be|are) null\b|\bnull or empty\b|\bblank\b|\bnot set\b|\bmust contain\b|\bstrip(?:s|ped)?\b|\bforg[eo]t\b|\bleft out\b|\bdrop(?:s|ped)?\b|\blost\b|\bempty object\b|空字符串|空对象|是空的?|没取到值|只放了|\bwith only\b|(?:请求体|body)(?:中|里)没有|\brequires an? (?:property|field|parameter)\b|只(?:传|带|填)了|\bonly (?:sent|passed)\b|没有值|没赋值|未赋值|没配|未配置|没有配置|丢了|丢掉|弄丢|没有?带|未带|不带|漏了|漏掉|忘了|过滤掉?|没传|没填|没拼上?|漏拼|没有传|没有填|漏传|缺少|缺失|为空|没有提供|未传|没有设置|未设置|缺(?:了)?(?:参数|字段)|(?:没有?|未)(?:收到|拿到|读到|读取到|接收到)(?:文件|参数|字段|body|请求体|数据)|\b(?:no|without) (?:file|body|payload) (?:was )?received\b|\b(?:did ?n[o']t|never) (?:receive|get) (?:the|a|any) (?:file|body|field|parameter)\b/,
  invalid:
    /\binvalid\b|\billegal\b|\bnot (?:a )?valid\b|\bnot a number\b|\bwrong\b|\bmalformed\b|\bnot legal\b|\b(?:should|must) be\b(?! (?:less|more|fewer|greater|smaller|shorter|at most|between|provided|set|given))|不合法|非法|不对|有误|不正确|只能是|必须是/,
  notMember: new RegExp(
    String.raw`\bnot (?:a )?members?\b|\b(?:not|aren['’]?t|isn['’]?t) (?:friends|contacts)\b|不是好友|\bnot in (?:the |this )?(?:group|chat ?room)\b|\bisn'?t in\b|\bdoesn'?t exist in\b|\bnot belong|不属于|${OTHER_APP}|不在群|\b(?:already |have |has )?left the (?:group|chat ?room)\b|(?:已经?|早就?|就|刚刚?|之前就?|被)被?(?:退|离开|踢出?)了?(?:出了?)?(?:群|聊天室|直播间)|离开了(?:群|聊天室|直播间)|\b(?:was|were|been|got) (?:kicked|removed) (?:out )?(?:of|from) the (?:group|chat ?room)\b|不在.{0,3}(?:群|聊天室)|(?:还|根本|从来)?没(?:有)?(?:进|加入)过?(?:这个|那个)?(?:群|聊天室)|不是.{0,6}成员`,
  ),
  expired: /\bexpired?\b|过期|失效/,
  unsupported: /\bnot supported\b|\bdoes(?:n'?t| not) support|\bunsupported\b|\bwrong (?:http )?method\b|不支持/,
  moderation: /\bviolation\b|\bmoderation\b|\bsensitive\b|敏感词|违规|审核/,
  // The address called is wrong: a path with a segment missing, extra or misspelt ("URL 里 chatgroups 少写了一个 s",
  // "the path has a typo"); the entries of a URL that does not exist or cannot be routed.
  address:
    /(?:url|路径|地址|\bpath\b)[^，。,;]{0,20}(?:写错|拼错|少写|多拼|多写|[少多漏]了一[段层级])|(?:写错|拼错|少写了?|多拼了?|多写了?)[^，。,;]{0,10}(?:url|路径|地址|\bpath\b)|(?:url|地址)\s*(?:路径)?\s*(?:有误|不存在|不对|错了)|\b(?:wrong|mistyped|misspel+ed|misspelt|invalid|bad) (?:request )?(?:url|path|endpoint|address)\b|\burl(?: path)? (?:is (?:wrong|invalid)|does(?:n'?t| not) exist)\b|(?<!\bin )\bthe path (?:is (?:wrong|invalid)|does(?:n'?t| not) exist)\b|\btypo in the (?:url|path|endpoint)\b|\bcannot be routed\b/,
  // Words that only restate a status ("参数错误", "禁止访问", "bad request"): they point at the status's generic
  // entry, not at a specific one that shares the question's subject.
  // The Chinese names people give statuses count as well ("服务端异常", "未认证", "找不到资源", "请求过多"); their
  // words say nothing more (see symptomsOf), while a symptom beside them ("被限流", "权限不足") still does.
  restated:
    /错误的?请求|请求错误|参数错误|参数有误|请求有误|禁止访问|被禁止|禁止：|被拒绝|拒绝执行|拒绝访问|未授权|没(?:有)?授权|未认证|没(?:有)?认证|认证(?:失败|不通过)|鉴权失败|身份验证|服务(?:器|端)(?:内部)?(?:错误|出错|异常)|内部错误|系统(?:内部)?(?:错误|异常)|服务(?:暂时|暂)?不可用|网关|请求超时|请求(?:次数)?(?:过多|太多)|太多请求|(?:找不到|没找到|未找到)(?:该|这个|请求的)?资源|资源(?:不存在|未找到|找不到)|未找到(?=\s*(?:$|[，。,.!！?？]))|方法不允许|\bbad request\b|\bforbidden\b|\bunauthori[sz]ed\b|\binternal (?:server )?error\b|\bservice unavailable\b|\bbad gateway\b|\bgateway timeout\b|\btoo many requests\b|\bmethod not allowed\b/,
  concurrent: /\bconcurren|\bat the same time\b|\bsimultaneous|同时|并发|冲突/,
  // How long ago something happened ("一小时前发的", "昨天发的", "sent 3 days ago"): a question only; see symptomFit.
  // The new one is the one there already is: a transfer to the current owner.
  same: /\balready owns?\b|\balready the owner\b|\bthe current owner\b|(?:本来|已经|本身)就?是(?:群主|所有者|owner)|是同一个(?:用户|人)|\bthe same (?:user|person|member)\b/,
  since:
    /(?:\d+|[一两二三四五六七八九十半几]+) ?个?(?:秒|分钟|分|小时|钟头|天|日|周|星期|礼拜|月|年)(?:之|以)?前|(?:过|隔)了(?:好|快|将近)?(?:\d+|[一两二三四五六七八九十半几]+) ?个?(?:分钟|小时|钟头|天|周|星期|月)|昨天|前天|上(?:周|个?星期|个?月)|去年|\b(?:an?|one|two|three|four|five|ten|a few|several|\d+) (?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?) (?:ago|earlier|before)\b|\byesterday\b|\blast (?:week|month|year|night)\b|\bolder than\b|\bhow (?:many (?:days|hours|weeks|months)|far|long) back\b/,
};

const GLOBAL_CUES = SYMPTOM_KINDS.map((kind) => new RegExp(CUES[kind].source, 'g'));

/** Whether the text names a status in words ("参数错误", "Bad Request"): it restates the status, no cause. */
export function restatesStatus(text: string): boolean {
  return CUES.restated.test(lowerWords(text));
}

/** The text without the names people give statuses ("参数错误", "Bad Request"): they restate the status, no cause. */
export function withoutStatusNames(text: string): string {
  return lowerWords(text).replace(STATUS_NAME, ' ');
}

/** The text without the words that say what went wrong: what is left names the subject ("修改群公告"). */
export function withoutSymptoms(text: string): string {
  let out = lowerWords(text);
  for (const cue of GLOBAL_CUES) out = out.replace(cue, ' ');
  return out;
}

// `not_found`, `reach_limit`: the words of a type or a field name are words too.
function lowerWords(text: string): string {
  return text.slice(0, 2_000).toLowerCase().replace(/_/g, ' ');
}

/** The refinements of a limit: an entry with some of them but not the question's is another limit. */
const LIMIT_SHAPES: readonly SymptomKind[] = ['length', 'batch', 'quota', 'page', 'size', 'rate', 'time', 'below'];

export function flagOfKind(kind: SymptomKind): number {
  return 1 << SYMPTOM_KINDS.indexOf(kind);
}

const SHAPES = LIMIT_SHAPES.reduce((flags, kind) => flags | flagOfKind(kind), 0);
/** Shapes that are limits by themselves ("is full", "too long"); "batch" and "page" need a limit word. */
const LIMITING = (['length', 'quota', 'size', 'rate', 'time', 'below'] as const).reduce((f, k) => f | flagOfKind(k), 0);
const LIMIT = flagOfKind('limit');
const MEASURES = (['length', 'page', 'size', 'rate', 'time'] as const).reduce((f, k) => f | flagOfKind(k), 0);

const RESTATED = flagOfKind('restated');
const STATUS_NAME = new RegExp(CUES.restated.source, 'g');

/**
 * A value missing a part of it ("只传了日期，没带小时", "a date without the hour", "少了 https 前缀"): the value is there, in
 * the wrong format; invalid, not missing.
 */
const PART_MISSING =
  /(?:没带|没有?带|缺了?|少了|漏了|不带)\s*(?:小时|时区|年份|日期|秒数?|毫秒|前缀|后缀|协议|端口|https?)|只(?:传|写|填)了?(?:日期|年月日|前缀|一半|前半)|\bwithout (?:the )?(?:hour|time ?zone|prefix|suffix|scheme|port)\b|\b(?:only|just) the date\b/;
/** A field's name written otherwise ("字段名写成了 notice"): the field the server expects is then missing. */
const FIELD_RENAMED = /(?:字段|参数)名?[^，。,]{0,6}[写传填拼]成了?|\bfield (?:was )?(?:named|called|spelled)\b/;
/**
 * A value sent in another shape than the one expected, told as what was sent ("写成了 30 天", "传成了一个字符串",
 * "用表单 key=value 发的", "written as 2026-12-01", "which values does it accept"): invalid. Not a field's name written
 * otherwise ("字段名写成了 notice"): the field the server expects is then missing.
 */
const WRONG_SHAPE = String.raw`(?<!(?:字段|参数)名?[^，。,]{0,6})[写传拼]成了? ?(?=\d)|(?<!只)传了 ?["'\x60]?[a-z]|key=value|\b(?:written|sent|passed|given) as\b|\b(?:which|what|allowed|accepted) values\b`;

/**
 * A value of the wrong kind, told in a question ("用户名里有汉字", "`true` 传成了字符串", "a string instead of a
 * boolean", an id that is an e-mail address or holds an @ or a country code): invalid. Questions only: an entry's summary names the types its fields take without saying they
 * were wrong. Not "中文": Chinese in a name is illegal, in a key too many bytes.
 */
const WRONG_VALUE = new RegExp(
  String.raw`汉字|空格|特殊字符|字母|[^\s\w]?@[^\w]|@\s*符号|邮箱|国际区号|\+\d{8,}|符号|\b(?:an? )?e-?mail(?: address)?(?= as\b)|\bphone numbers? as\b|\bspaces?\b|(?<!空)字符串|布尔|(?<!empty )\bstring\b|\bboolean\b|\binstead of an? (?:number|string|boolean|object|array|list)\b|${WRONG_SHAPE}`,
);

const REMOVED = new RegExp(REMOVED_FROM);

/**
 * A value altered on its way ("token 前后多了一对双引号", "复制的时候少了最后几位", "被截断", "wrapped in quotes", "a
 * trailing newline", "url-encoded"): it is there, malformed. Questions only.
 */
const ALTERED =
  /(?:多了|带了|带着|加了|混进了?)(?:一对|一个|个|几个)?(?:双|单)?(?:引号|空格|换行|回车)|少了(?:最后|末尾|后面|前面|开头)?(?:几|一|两|\d+)?(?:位|个字符)|截断|被截|截掉|截短|被(?:url ?)?编码|编码成了?|\b(?:extra|stray|surrounding|trailing|leading) (?:double |single )?(?:quotes?|spaces?|whitespace|newlines?|line ?breaks?)\b|\bwrapped in (?:double |single )?quotes\b|\btruncat(?:ed|es|ing|ion)\b|\bcut off\b|(?<!form-)\b(?:url-?|percent-)encoded\b/;

/**
 * Fewer works where more failed ("muting 100 is rejected; 50 at a time goes through", "传 100 报错，改成 20 就正常"): the
 * question tells a limit by a count below it that went through. Not a time ("retry after 5 minutes works"), and
 * not a later attempt or another id that works ("第 3 次就成功了", "user 43 works"): the count that works is
 * below one the question told before it.
 */
const FEWER_WORKS =
  /\b(\d+)\b(?!\s*(?:ms|s|sec|seconds?|minutes?|mins?|hours?|days?)\b)[^.;!?。；！？\d]{0,30}\b(?:works?|worked|goes through|went through|succeeds?|succeeded|passes|is fine|are fine|is ok)\b|(\d+)\s*(?:个|条|人|次)?[^，。,；;\d]{0,6}(?:就|都|又)(?:正常|没问题|成功|可以|行)/;

/**
 * A new limit set below the count there is, told by the two numbers ("现在有 300 人，想把 maxusers 改成 200", "has 300
 * members … to 200"): the shape of a limit set too low, as "比现在的人数还少" says in words.
 */
const SET_FROM_TO =
  /(?:现在|当前|目前|已经|已有|现有)[^，。,；;\d]{0,8}(\d+)\s*(?:个|人|名|位)?[^。；;\d]{0,30}?(?:改成|改为|调到|调成|设成|设为|设置成|设置为|降到|改到)\s*(\d+)|\b(?:has|have|had|with)\s+(\d+)\s+(?:members|users|people)\b[^.;\d]{0,40}?\b(?:to|at)\s+(\d+)\b/;

function setBelowCurrent(lower: string): boolean {
  const set = SET_FROM_TO.exec(lower);
  if (!set) return false;
  const [current, next] = set[1] !== undefined ? [set[1], set[2]] : [set[3], set[4]];
  return Number(next) < Number(current);
}

function fewerWorks(lower: string): boolean {
  const works = FEWER_WORKS.exec(lower);
  if (!works) return false;
  const below = Number(works[1] ?? works[2]);
  const before = lower.slice(0, works.index).match(/\b\d+\b/g) ?? [];
  return before.some((n) => Number(n) > below);
}

/** The kinds of failure a question names: those of its words, and a value of the wrong kind. */
export function questionSymptoms(text: string): number {
  let flags = symptomsOf(text);
  const lower = lowerWords(text);
  // Taken off a list ("从好友列表里删掉了"): the user is still there, no longer on it. Questions only: an entry's
  // summary says "从白名单移除" of the operation, not of a cause.
  if (REMOVED.test(lower)) flags = (flags | flagOfKind('notMember')) & ~flagOfKind('notFound');
  if (FIELD_RENAMED.test(lower)) flags |= flagOfKind('missing');
  if (PART_MISSING.test(lower)) flags = (flags | flagOfKind('invalid')) & ~flagOfKind('missing');
  if (fewerWorks(lower)) flags |= LIMIT;
  if (setBelowCurrent(lower)) flags |= LIMIT | flagOfKind('below');
  if (ALTERED.test(lower)) flags |= flagOfKind('invalid');
  return WRONG_VALUE.test(lower) ? flags | flagOfKind('invalid') : flags;
}

/** The kinds of failure a text names, as bit flags. */
export function symptomsOf(text: string): number {
  let lower = lowerWords(text);
  let flags = 0;
  // A status's name is one restatement, not more kinds: "请求过多" is not "too many" of anything, "请求超时" no time
  // window, "找不到资源" nothing named that is missing.
  if (CUES.restated.test(lower)) {
    flags |= RESTATED;
    lower = lower.replace(STATUS_NAME, ' ');
  }
  SYMPTOM_KINDS.forEach((kind, k) => {
    if (CUES[kind].test(lower)) flags |= 1 << k;
  });
  // "batch", "一次", "page" say how a limit was passed only when there is a limit: "a batch removal partly
  // failed" is about something else.
  if (flags & LIMITING) flags |= LIMIT;
  return flags & LIMIT ? flags : flags & ~SHAPES;
}

/** A limit that does not say its shape, on what accumulates (what one user has joined, what the app holds), is a quota. */
export function asQuota(flags: number): number {
  return flags & LIMIT && !(flags & SHAPES) ? flags | flagOfKind('quota') : flags;
}

/** Whether the kinds two sides share include a restated status ("禁止访问" and the generic 403's "禁止"). */
export function sharesRestatement(query: number, entry: number): boolean {
  return (query & entry & RESTATED) !== 0;
}

/**
 * An entry's kinds of failure: those its message and its summaries name,
 * but the shape of a limit only from the summaries, which say it in plain
 * words. Messages use "size" for a count (`chatfile_ids size is too large`).
 */
export function entrySymptoms(messages: string, summaries: string): number {
  let flags = symptomsOf(summaries);
  // "`to` 中的用户 ID 超过了 600 个": a summary that counts items without saying how counts those of one request.
  if (flags & LIMIT && !(flags & SHAPES) && ITEMS_COUNTED.test(summaries)) flags |= flagOfKind('batch');
  // A message that is nothing but a status's reason phrase (`Bad Request`, `Not Found`) restates the status.
  if (messages.split('\n').some(isReasonPhrase)) flags |= RESTATED;
  return (flags | (symptomsOf(messages) & ~(SHAPES | RESTATED))) & ~SINCE;
}

const ITEMS_COUNTED = /超过了?\s*\d+\s*个(?!字)/;

const REASON_ONLY =
  /^\s*(?:bad request|unauthori[sz]ed|forbidden|not found|method not allowed|conflict|payload too large|request entity too large|unsupported media type|too many requests|internal (?:server )?error|not implemented|bad gateway|service unavailable|gateway time-?out)\s*[.!]?\s*$/i;

/** A message that is nothing but a status's reason phrase (`Request Entity Too Large`): what a gateway says. */
export function isReasonPhrase(message: string): boolean {
  return REASON_ONLY.test(message);
}

/**
 * How well an entry's kinds of failure agree with a question's: 1 when they
 * share a kind (and, for a limit, how it was passed), -1 when the entry is
 * about something else, 0 when either names none. A limit without a shape
 * agrees by half with a question that says how the limit was passed.
 */
export function symptomFit(query: number, entry: number): number {
  if (!query || !entry) return 0;
  if (query & SINCE) return sinceFit(query & ~SINCE, entry);
  const shared = query & entry;
  if (!shared) return -1;
  const queryShapes = shapesAsked(query);
  const entryShapes = entry & SHAPES;
  if (!queryShapes || !(shared & LIMIT)) return 1;
  if (queryShapes & entryShapes) return 1;
  // Another kind they share ("too many … not found") still ties them; else this is a neighbour's limit.
  if (shared & ~(LIMIT | SHAPES)) return 0;
  if (entryShapes) return -1;
  // A limit that does not say its shape is rarely a length or a size ("超过了 10 个"), often a count.
  return queryShapes & MEASURES ? 0 : 0.5;
}

/**
 * The shapes of a limit a question asks about. A measure ("太长", "per page")
 * is the symptom; "批量" or "at once" then only names the operation: "批量设置
 * 推送昵称 某个昵称太长" is about a nickname's length.
 */
function shapesAsked(query: number): number {
  const shapes = query & SHAPES;
  return shapes & MEASURES ? shapes & MEASURES : shapes;
}

const SINCE = flagOfKind('since');
const TIME = flagOfKind('time');
const EXPIRED = flagOfKind('expired');
const NOT_FOUND = flagOfKind('notFound');

/**
 * How long ago something happened ("撤回一小时前发的消息") points at the operation's time window: an entry about a
 * time limit agrees, one about something that expired agrees by half (the window passed, or the thing is gone), and
 * any other entry agrees only as far as the rest of the question's kinds say.
 */
function sinceFit(rest: number, entry: number): number {
  // "recalling a message we had already recalled a minute earlier": the thing is gone, whatever the window.
  if (rest & NOT_FOUND) return entry & NOT_FOUND ? 1 : entry & TIME ? 0 : symptomFit(rest, entry);
  if (entry & TIME) return 1;
  if (entry & EXPIRED) return 0.5;
  return rest ? symptomFit(rest, entry) : -1;
}

/**
 * Some of the items of one request ("名单里有两个人已经退群了", "其中有用户不存在", "one of the users"): the entries
 * that say so of a batch ("部分用户不是群成员", "批量注册部分失败") fit it better than those about a single item.
 */
const SOME_ASKED =
  /其中(?:有|一些|几)|(?:名单|列表|数组|里面)[^，。,]{0,4}有[^，。,]{0,4}(?:个|位|些)|有(?:几|两|三|一)个(?:人|用户|成员)|部分(?:用户|成员)|\b(?:some|one|a few|two|several) of (?:the|them|those)\b/;
const SOME_SAID = /部分|其中|\bsome (?:of|users|members)\b|\bone of\b/;

/** Whether a question says some of the items of its request failed. */
export function asksSomeOf(text: string): boolean {
  return SOME_ASKED.test(lowerWords(text));
}

/** Whether an entry's summaries say it is about some of the items of a request. */
export function saysSomeOf(summaries: string): boolean {
  return SOME_SAID.test(lowerWords(summaries));
}

/**
 * Something made for one App, project or environment used on another ("测试环境的 token 拿到正式环境用", "works on
 * staging but production's App ID refuses it", "A 项目的证书、B 项目的 app_id"): it does not match the request. The
 * entries that say so ("与本次请求对不上", "doesn't match this request") fit it better than a corrupt or expired one.
 */
const ENVIRONMENT =
  /(?:测试|开发|预发|正式|生产|线上|沙箱)(?:环境|项目)|\b(?:staging|test|testing|dev|development|sandbox|production|prod)\b/g;
const MISMATCH_ASKED = /\b[a-z] ?项目[^。]{0,40}\b[a-z] ?项目|对不上|不匹配|\bdoes(?:n'?t| not) match\b|\bmismatch/;
const MISMATCH_SAID = /对不上|不匹配|\bdoes(?:n'?t| not) match\b|\bmismatch/;

/** Whether a question says what it used was made for another App, project or environment. */
export function asksMismatch(text: string): boolean {
  const lower = lowerWords(text);
  // Two environments named ("staging … production", "测试环境 … 正式环境"), or two projects ("A 项目 … B 项目").
  const environments = new Set([...lower.matchAll(ENVIRONMENT)].map((m) => m[0].replace(/ing$/, '')));
  return environments.size >= 2 || MISMATCH_ASKED.test(lower);
}

/** Whether an entry's summaries say what was sent does not match the request. */
export function saysMismatch(summaries: string): boolean {
  return MISMATCH_SAID.test(lowerWords(summaries));
}

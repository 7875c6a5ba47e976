/**
 * Causes told as what happened rather than what the server said: "a group we
 * dissolved last week", "还没在 IM 里注册", "we never bought message
 * roaming", "用户 ID 末尾多了个换行符". Each says a kind of failure
 * (symptoms.ts) without its words: the thing is gone or was never there, the
 * feature was never opened, or the value sent is not the one stored, so the
 * lookup finds nothing of that name. Read from questions only.
 */
import {absentThings} from './absent';
import {CLEARED} from './cleared';
import {flagOfKind} from './symptoms';

const NOT_FOUND = flagOfKind('notFound');
const NOT_OPEN = flagOfKind('notOpen');
const MISSING = flagOfKind('missing');
const INVALID = flagOfKind('invalid');
const PAGE_LIMIT = flagOfKind('page') | flagOfKind('limit');
const QUOTA = flagOfKind('quota') | flagOfKind('limit');

/** A path segment or parameter told empty: "URL 最后的 type 是空的", "a URL ending in /type/ with nothing after it". */
const EMPTY_TOLD =
  /是空的|空着|后面(?:什么都|啥都)?没(?:有|拼|填|带)|\bnothing (?:after|behind|following) it\b|\b(?:left|is) (?:off|out|empty|blank)\b/;

/**
 * A choice the request left unsaid: "没说明对方是单聊用户还是群组", "we never said whether it is a user or a group". The
 * parameter that says it was not sent: missing.
 */
const LEFT_UNSAID =
  /(?:没|未)(?:有)?(?:说明|指定|写明|标明|注明|告诉|传)[^，。,;；]{0,12}(?:还是|哪种|哪个|什么类型|要不要|是否)|\b(?:didn'?t|did not|never|without) (?:say(?:ing)?|specify(?:ing)?|tell(?:ing)?|stat(?:e|ing)|indicat(?:e|ing)) (?:whether|if|which|what (?:kind|type))\b/;

/** A value given as a word where a number or a code was wanted: "拼的是 online 这个单词", "the word all". */
const WORD_FOR_NUMBER =
  /这个(?:单词|英文单词|词)|\bthe word\b|\binstead of (?:a |an )?(?:number|digit|integer|code)\b|\bas (?:a |the )?(?:word|text)\b/;

/**
 * A value told as what was sent, not what it should be: a lone number given ("那一段路径传了 2", "passed 3"), or an
 * object sent as its JSON text ("ext 先 json.dumps 了一下", "JSON.stringify'd the payload"). It was there, in a form the
 * server does not take: invalid, not missing. A number followed by what it counts ("传了 100 个用户") is a count, and
 * one given as a page size or an amount ("limit 写了 1000", "每页数量写了 100") a limit.
 */
const VALUE_GIVEN =
  /(?<!(?:limit|size|每页|数量|条数|个数|页数|大小)[^，。,;；]{0,4})(?:传|填|写|给|设)(?:了|成了?|的是)\s*["'`]?-?\d+(?:\.\d+)?["'`]?(?=\s*(?:$|[，。,;；!！?？)）]))|\b(?:passed|sent|gave it|set (?:it )?to)\s+["'`]?-?\d+["'`]?(?=\s*(?:$|[,.;!?)]))|\b(?:passed|sent|gave|put)\s+["'`]?-?\d+["'`]?\s+(?:for|as|in|into)\b/;
const SERIALIZED =
  /json\.dumps|json\.stringify|\bstringif(?:y|ied|ies)\b|\btojsonstring\b|\bwritevalueasstring\b|\bdouble[- ]encoded\b|序列化成?(?:了)?(?:json )?字符串|转成了?(?:json )?字符串/;

/** A page size given as `limit=0` or `limit=500`: a paging parameter, not a count of what was sent. */
const PAGE_SIZE_GIVEN = /\blimit\s*=\s*\d+/;

/** Gone by someone's hand ("a group we dissolved", "被我们删掉的用户"), or never registered ("还没在 IM 里注册"). */
const GONE_BY_HAND =
  /\b(?:we|they|i|you|he|she|someone|had|has|have)\s+(?:just\s+|already\s+)?(?:deleted|disbanded|dissolved|removed|unregistered|destroyed)\b|被[^，。,;；]{0,8}(?:删掉|删除|解散|注销)的|(?:还|从|根本)没(?:有)?[^，。,;；]{0,10}注册|\bnot (?:yet |even )?registered\b|\bnever (?:been )?(?:registered|created|existed)\b/;
/** Gone by hand, or cleaned up or never migrated (cleared.ts). */
const GONE = new RegExp(`${GONE_BY_HAND.source}|${CLEARED.source}`);

/** A feature never bought or turned on, or an App too new to have it ("新上线的 App", "our brand-new app"). */
const NEVER_OPENED =
  /\bnever (?:bought|purchased|enabled|activated|subscribed|turned on|switched on|had)\b|\b(?:haven'?t|have not|didn'?t|did not) (?:buy|purchase|enable|activate|subscribe|turn on)\b|\bnot (?:bought|purchased)\b|\b(?:brand[- ])?new app\b|没(?:有)?(?:买|购买|订阅)|未(?:购买|订阅)|新(?:上线|建|创建|开)?的?\s*(?:app|应用)/;

/** Characters that cling to a value when it is copied: a newline from a CSV, a full-width space, quotes around it. */
const STRAY =
  /换行符?|回车符?|全角空格|制表符|(?:多|带|混进|夹|拼)了?[^，。,;；]{0,6}(?:空格|引号)|(?:前后|两边|末尾|结尾|开头|前面|后面)[^，。,;；]{0,6}(?:空格|引号)|\b(?:trailing|leading|stray|extra)\s+(?:newlines?|spaces?|whitespace|blanks?|quotes?|characters?|line ?breaks?)\b|\bfull[- ]width spaces?\b|\b(?:wrapped|enclosed) in (?:double |single )?quotes\b|\bquotes? around\b/;

/**
 * A name or ID told mistyped ("模板名大小写写错了", "群组 ID 少抄了一位", "the username was misspelled"): what was
 * sent names nothing stored, like a value with stray characters. Not a path told misspelt ("URL 里 chatgroups 拼错了"),
 * which no lookup of a thing reaches.
 */
const MISTYPED =
  /(?:拼|打|写|输|抄|敲|填)错|大小写不(?:对|一致)|(?:少|多)(?:抄|打|写|输|敲)了?一位|错了一位|\bmis-?(?:typed|typing|spelt|spelled|spelling|copied)\b|\btypos?\b|\b(?:in )?the wrong (?:case|spelling)\b|\bwrong(?:ly)? (?:typed|spelt|spelled|cased)\b/;

/** Where a path, not a thing's name, is what was mistyped. */
const PATH_TOLD = /\burl\b|\bpath\b|\bendpoint\b|路径|地址|链接/;

/**
 * Part of a batch failed inside a successful answer: "one element of `data` comes back as a plain string",
 * "返回 200，但结果里有一个用户标着不存在". The entries of a 200 with a failed item are the answer.
 */
const PARTIAL =
  /\b(?:one|an?|some|two|three|several) (?:of the )?(?:elements?|items?|entr(?:y|ies)|objects?) (?:of|in) (?:the )?`?(?:data|entities|results?|response|array|list)\b|返回\s*200[^。]{0,12}(?:但|可是|不过|却)|(?:结果|返回|响应|data|entities)里[^，。,]{0,6}(?:有一个|有个|其中一个|某个|有几个)/;

/** The whole batch failed: not a partial result. */
const WHOLE =
  /整批|整个请求|全部失败|都失败|\bas a whole\b|\b(?:whole|entire) (?:batch|request)\b|\ball of them failed\b/;

/** Whether the question tells of a batch that partly failed inside a 200. */
export function toldPartial(text: string): boolean {
  const lower = text.slice(0, 1_000).toLowerCase();
  return PARTIAL.test(lower) && !WHOLE.test(lower);
}

/** What a value names, nearest to where the stray characters are told; the ids of these are looked up. */
const NAMED: readonly [RegExp, string][] = [
  [/用户|账号|\busers?(?:names?)?\b|\baccounts?\b/g, 'user'],
  [/群组?(?!成员)|\b(?:chat)?groups?(?:_?ids?)?\b/g, 'group'],
  [/聊天室|直播间|\bchat ?rooms?\b|\brooms?\b/g, 'chatroom'],
  [/模板|\btemplates?\b/g, 'template'],
  [/子区|\bthreads?\b/g, 'thread'],
];

/**
 * How often something is done ("every 20 minutes", "每隔 5 分钟"): a habit that may use up a quota, not a
 * time window that ran out, which the duration's words alone would say.
 */
const RECURRING = /\bevery \d+ (?:seconds?|minutes?|hours?|days?)\b|每隔?\s*\d+\s*(?:秒|分钟|小时|天)/;

/**
 * "At the same time" of one request's items ("同时往 5 个群里发", "一个请求搞定", "to 5 groups at the same time"): a batch,
 * not requests racing each other, unless the question says so ("并发", "two requests").
 */
const ONE_REQUEST = /一个请求|一次请求|同一个请求|一次调用|\b(?:in|with) (?:one|a single) (?:request|call)\b/;
const ITEMS_AT_ONCE =
  /同时(?:往|给|向|对|把|加|发|拉|删|踢|订阅|禁言)?[^，。,;；]{0,6}\d+\s*(?:个|位|条|名)|\b\d+ [a-z ]{0,20}(?:at the same time|simultaneously)\b/;
const RACING =
  /并发|多个请求|两个请求|\bconcurren|\b(?:two|several|multiple|parallel) (?:requests|calls|threads|workers)\b/;

/**
 * Already in many of something ("the owner is already in lots of rooms", "他已经在好多群里了"): a quota that one user's
 * memberships used up, not a thing that exists already.
 */
const ALREADY_MANY =
  /\balready (?:in|a member of|part of|joined to|on) (?:lots of|many|too many|so many|a lot of|a (?:huge|large|great|big) number of|tons of|loads of|dozens of|hundreds of|thousands of)\b|已经(?:在|加入了?|进了|加了)[^，。,;；]{0,4}(?:很多|好多|太多|一堆|上百|几百|几千|成百上千)/;

/** A rate ruled out in so many words ("不是频率问题", "it's not a rate limit"): the question says what it is not. */
const NOT_A_RATE =
  /不是(?:频率|限流|调用太频繁|太频繁|频繁)|和频率无关|跟频率没关系|\b(?:not|isn'?t|wasn'?t) (?:a |the )?(?:rate[- ]limit(?:ing)?|rate|throttling)\b|\bnot (?:being )?(?:rate[- ]limited|throttled)\b/;

/** The kinds of failure (symptoms.ts flags) the question's words seem to say but its events do not. */
export function untoldSymptoms(text: string): number {
  const lower = text.slice(0, 1_000).toLowerCase();
  let flags = RECURRING.test(lower) ? flagOfKind('time') : 0;
  if (NOT_A_RATE.test(lower)) flags |= flagOfKind('rate');
  if (ALREADY_MANY.test(lower)) flags |= flagOfKind('exists');
  if ((ONE_REQUEST.test(lower) || ITEMS_AT_ONCE.test(lower)) && !RACING.test(lower)) flags |= flagOfKind('concurrent');
  return flags;
}

/**
 * Done so many times, then no more ("改了十来次之后就再也改不动了", "after ten edits it no longer takes changes"): a
 * quota used up, told without a limit's words.
 */
const STOPPED_AFTER =
  /(?:\d+|[一两二三四五六七八九十百千几]+)\s*来?多?(?:次|回|遍)(?:之后|以后|后)[^，。,;；]{0,10}(?:再也|不能再|就不能|不让|不(?:了|动|行))|\bafter (?:\d+|a dozen|dozens of|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred) (?:times|edits|changes|tries|calls|requests)\b[^.;]{0,40}\b(?:no longer|any ?more|stops?|stopped|refuses?|won'?t)\b/;

/** The kinds of failure the question tells as events (symptoms.ts flags). */
export function toldSymptoms(text: string): number {
  const lower = text.slice(0, 1_000).toLowerCase();
  let flags = 0;
  // Stray characters make a lookup fail only in a value that names something (a user ID, not a token).
  if (GONE.test(lower) || strayThings(lower)) flags |= NOT_FOUND;
  if (NEVER_OPENED.test(lower)) flags |= NOT_OPEN;
  if (EMPTY_TOLD.test(lower) || LEFT_UNSAID.test(lower)) flags |= MISSING;
  if (WORD_FOR_NUMBER.test(lower) || VALUE_GIVEN.test(lower) || SERIALIZED.test(lower)) flags |= INVALID;
  if (PAGE_SIZE_GIVEN.test(lower)) flags |= PAGE_LIMIT;
  if (STOPPED_AFTER.test(lower) || ALREADY_MANY.test(lower)) flags |= QUOTA;
  return flags;
}

/**
 * The thing (absent.ts) whose value carries stray characters or is mistyped: the last one named before them ("群 ID
 * 两边多了一对引号"), else the first after. 0 when neither is told.
 */
export function strayThings(text: string): number {
  const lower = text.slice(0, 1_000).toLowerCase();
  const stray = STRAY.exec(lower);
  const mistyped = stray || PATH_TOLD.test(lower) ? null : MISTYPED.exec(lower);
  const told = stray ?? mistyped;
  if (!told) return 0;
  let before: {at: number; end: number; thing: string} | undefined;
  let after: {at: number; thing: string} | undefined;
  for (const [pattern, thing] of NAMED) {
    for (const m of lower.matchAll(pattern)) {
      if (m.index < told.index && (!before || m.index > before.at))
        before = {at: m.index, end: m.index + m[0].length, thing};
      if (m.index >= told.index && (!after || m.index < after.at)) after = {at: m.index, thing};
    }
  }
  // A mistake is told before the name as often as after ("a misspelled user id", "用户名拼错了"): the nearer one.
  const afterNearer = mistyped && before && after && after.at - (told.index + told[0].length) < told.index - before.end;
  const named = afterNearer ? after : (before ?? after);
  return named ? absentThings(`${WORDS_OF[named.thing]}不存在`) : 0;
}

/**
 * What the question says is gone or was never there (absent.ts flags): the thing named before the event ("a group
 * that we disbanded") or after it ("被我们删掉的用户"). Together with the thing whose value carries stray characters.
 */
export function toldThings(text: string): number {
  const lower = text.slice(0, 1_000).toLowerCase();
  const gone = GONE.test(lower) ? absentThings(lower.replace(GONE, ' 不存在 找不到 ')) : 0;
  return gone | strayThings(lower);
}

/** One word per thing, as absent.ts reads it. */
const WORDS_OF: Record<string, string> = {
  user: '用户',
  group: '群组',
  chatroom: '聊天室',
  template: '模板',
  thread: '子区',
};

-- The national pack's timed windows (rules/national.yaml: 国办发〔2016〕61号 三, 80号 四（四）) over a canonical
-- ledger.csv, written the way an office's data analyst would: one view, `findings`, with one row per case × obligation
-- that applies — the same columns, verdicts and evidence sentences as the audit's findings.csv for these three rules.
--
--   applies when 突发事件 = 是 and 舆情等级 ∈ {特别重大, 重大}:
--       release           ≤ 5 h after 发现时间, by the earliest of 发布权威信息时间, 新闻发布会时间
--                         (a press conference within 5 h is the release of authoritative information)
--       press-conference  ≤ 24 h after 发现时间, by 新闻发布会时间
--   every other case whose 舆情性质 is not 正面 (an empty 性质 needs a response):
--       response          ≤ 48 h after 发现时间, by the earliest of 回应时间, 发布权威信息时间, 新闻发布会时间
--   a case whose 突发事件/舆情等级 is empty or unrecognised, when that decides whether a rule applies: insufficient-data.
--
-- Verdicts, as the replay engine gives them: met (actual ≤ deadline), breached (actual > deadline), missing (no
-- actual, deadline < as-of), pending (no actual, deadline ≥ as-of), insufficient-data (no usable 发现时间; no actual
-- but a target cell that is not a time; or a date without a time of day that leaves the verdict open). A date without
-- a time is the whole day: a discovery on 2026-08-10 gives deadlines from 08-10 00:00 + window to 08-11 00:00 + window
-- (exclusive); an actual on 2026-08-11 spans that whole day; the verdict is given when every time of day in those
-- ranges leads to the same one, otherwise insufficient-data. An event later than the as-of time has not happened yet
-- (a date-only one counts from 00:00); a case discovered after the as-of time is not yet due anything. Among targets
-- recorded at the same minute the ledger's column order decides (发布权威信息, 新闻发布会, 回应), as the engine's stable
-- ordering of events does. Cases belong to the period of their discovery date. Times are Asia/Shanghai wall times
-- (no DST), so naive timestamps and exact hour windows are right.
--
-- What it does not do (the peer is for generated ledgers): times are read as DuckDB casts them (`yyyy-MM-dd HH:mm`,
-- `yyyy-MM-dd`), not in every shape the ingest accepts; units are taken as written (no registry aliases); a repeated
-- case id is not detected.
--
-- Placeholders filled in by verdicts.cjs: {{ledger}} {{period_start}} {{period_end}} {{as_of}} (SQL literals).

-- "9月2日11:33" (seconds only when not zero), "8月10日（未记录时刻）" for a date without a time of day
CREATE OR REPLACE TEMP MACRO zh_time(t) AS
    month(t) || '月' || day(t) || '日' || hour(t) || ':' || lpad(minute(t)::VARCHAR, 2, '0')
    || CASE WHEN second(t) <> 0 THEN ':' || lpad(second(t)::VARCHAR, 2, '0') ELSE '' END;
CREATE OR REPLACE TEMP MACRO zh_recorded(t, whole_day) AS
    CASE WHEN whole_day THEN month(t) || '月' || day(t) || '日（未记录时刻）' ELSE zh_time(t) END;
-- "30分钟", "2小时5分钟", "3天2小时"
CREATE OR REPLACE TEMP MACRO zh_duration(m) AS
    CASE WHEN m < 60 THEN m || '分钟'
         ELSE CASE WHEN m // 1440 > 0 THEN (m // 1440) || '天' ELSE '' END
              || CASE WHEN m % 1440 // 60 > 0 THEN (m % 1440 // 60) || '小时' ELSE '' END
              || CASE WHEN m // 1440 = 0 AND m % 60 > 0 THEN (m % 60) || '分钟' ELSE '' END
    END;
-- a cell as the evidence quotes it (40 characters at most)
CREATE OR REPLACE TEMP MACRO clip(s) AS CASE WHEN length(s) <= 40 THEN s ELSE left(s, 40) || '…' END;

CREATE OR REPLACE TEMP VIEW findings AS
WITH raw AS (
    SELECT
        trim(coalesce("舆情编号", '')) AS case_id,
        nullif(trim(coalesce("填报单位", '')), '') AS reporting,
        nullif(trim(coalesce("责任单位", '')), '') AS responsible,
        nullif(trim(coalesce("舆情标题", '')), '') AS title,
        trim(coalesce("舆情等级", '')) AS severity_text,
        lower(trim(coalesce("突发事件", ''))) AS sudden_text,
        trim(coalesce("舆情性质", '')) AS polarity_text,
        trim(coalesce("发现时间", '')) AS discovered_text,
        trim(coalesce("发布权威信息时间", '')) AS released_text,
        trim(coalesce("新闻发布会时间", '')) AS press_text,
        trim(coalesce("回应时间", '')) AS responded_text
    FROM read_csv({{ledger}}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
-- every recorded time as its earliest possible minute (`yyyy-MM-dd HH:mm`, or a date's 00:00), whether it is a whole
-- day (a date without a time of day), and — for a target — whether it has happened by the as-of time
parsed AS (
    SELECT
        case_id, title,
        coalesce(responsible, reporting, '（未填单位）') AS unit,
        CASE WHEN severity_text IN ('特别重大', '重大', '较大', '一般') THEN severity_text END AS severity,
        CASE WHEN sudden_text IN ('是', 'y', 'yes', 'true', '1', '√', '已归档', '归档') THEN true
             WHEN sudden_text IN ('否', 'n', 'no', 'false', '0', '×', '未归档') THEN false END AS sudden,
        CASE WHEN polarity_text LIKE '%负面%' THEN '负面' WHEN polarity_text LIKE '%正面%' THEN '正面' END AS polarity,
        discovered_text,
        try_cast(discovered_text AS TIMESTAMP) AS discovered_lo,
        NOT contains(discovered_text, ':') AS discovered_day,
        try_cast(released_text AS TIMESTAMP) AS released_at,
        NOT contains(released_text, ':') AS released_day,
        try_cast(press_text AS TIMESTAMP) AS press_at,
        NOT contains(press_text, ':') AS press_day,
        try_cast(responded_text AS TIMESTAMP) AS responded_at,
        NOT contains(responded_text, ':') AS responded_day,
        -- a filled cell that is not a time: the engine cannot tell whether the event happened
        CASE WHEN released_text <> '' AND try_cast(released_text AS TIMESTAMP) IS NULL THEN clip(released_text) END AS released_bad,
        CASE WHEN press_text <> '' AND try_cast(press_text AS TIMESTAMP) IS NULL THEN clip(press_text) END AS press_bad,
        CASE WHEN responded_text <> '' AND try_cast(responded_text AS TIMESTAMP) IS NULL THEN clip(responded_text) END AS responded_bad
    FROM raw
    WHERE case_id <> ''
),
cases AS (
    SELECT
        *,
        -- "sudden 特别重大/重大" with three-valued logic: NULL when the ledger does not say
        CASE
            WHEN sudden = false OR severity IN ('较大', '一般') THEN false
            WHEN sudden = true AND severity IN ('特别重大', '重大') THEN true
        END AS major_sudden,
        -- what the ledger lacks when that is unknown
        concat_ws('、', CASE WHEN sudden IS NULL THEN '突发事件' END, CASE WHEN severity IS NULL THEN '舆情等级' END) AS lacking,
        discovered_lo <= {{as_of}} AS discovered_by_as_of,
        CASE WHEN released_at <= {{as_of}} THEN released_at END AS released_lo,
        CASE WHEN press_at <= {{as_of}} THEN press_at END AS press_lo,
        CASE WHEN responded_at <= {{as_of}} THEN responded_at END AS responded_lo
    FROM parsed
    WHERE discovered_lo IS NULL   -- no usable 发现时间: cannot be placed, stays in (insufficient-data)
        OR (CAST(discovered_lo AS DATE) >= {{period_start}} AND CAST(discovered_lo AS DATE) < {{period_end}})
),
-- the first target that has happened by the as-of time, per rule (among equal times the ledger's column order)
targets AS (
    SELECT
        *,
        CASE WHEN released_lo IS NOT NULL AND (press_lo IS NULL OR released_lo <= press_lo) THEN 'released' WHEN press_lo IS NOT NULL THEN 'press' END
            AS release_by,
        CASE WHEN released_lo IS NOT NULL AND (press_lo IS NULL OR released_lo <= press_lo) AND (responded_lo IS NULL OR released_lo <= responded_lo) THEN 'released'
             WHEN press_lo IS NOT NULL AND (responded_lo IS NULL OR press_lo <= responded_lo) THEN 'press'
             WHEN responded_lo IS NOT NULL THEN 'responded' END AS response_by
    FROM cases
),
-- one row per case × rule that may apply (the three rules as a table: one pass over the cases)
obligations AS (
    SELECT
        t.*, r.*,
        CASE r.rule_order WHEN 3 THEN NOT major_sudden ELSE major_sudden END AS applies,
        CASE r.rule_order WHEN 1 THEN release_by WHEN 2 THEN CASE WHEN press_lo IS NOT NULL THEN 'press' END ELSE response_by END AS actual_by,
        -- the first unreadable target in the rule's order
        CASE r.rule_order
            WHEN 1 THEN coalesce('发布权威信息时间“' || released_bad || '”', '新闻发布会时间“' || press_bad || '”')
            WHEN 2 THEN '新闻发布会时间“' || press_bad || '”'
            ELSE coalesce('回应时间“' || responded_bad || '”', '发布权威信息时间“' || released_bad || '”', '新闻发布会时间“' || press_bad || '”')
        END AS bad_target
    FROM targets t
    CROSS JOIN (VALUES
        (1, 'national.release', 'release', '突发事件且等级为特别重大/重大', INTERVAL 5 HOUR, '发布权威信息',
         '《关于全面推进政务公开工作的意见》实施细则（国办发〔2016〕80号）', '特别重大、重大突发事件5小时内发布权威信息', 10),
        (2, 'national.press-conference', 'press-conference', '突发事件且等级为特别重大/重大', INTERVAL 24 HOUR, '举行新闻发布会',
         '国办发〔2016〕61号 三', '特别重大、重大突发事件24小时内举行新闻发布会', 8),
        (3, 'national.response', 'response', '性质不是正面且不属于“突发事件且等级为特别重大/重大”', INTERVAL 48 HOUR, '予以回应',
         '国办发〔2016〕61号 三', '其他政务舆情48小时内予以回应', 6)
    ) AS r(rule_order, rule_id, kind, condition_text, window_length, action, clause, rule_title, weight)
    WHERE CASE r.rule_order WHEN 3 THEN major_sudden IS NOT true AND polarity IS DISTINCT FROM '正面' ELSE major_sudden IS NOT false END
),
actuals AS (
    SELECT
        *,
        CASE actual_by WHEN 'released' THEN released_lo WHEN 'press' THEN press_lo WHEN 'responded' THEN responded_lo END AS actual_lo,
        CASE actual_by WHEN 'released' THEN released_day WHEN 'press' THEN press_day WHEN 'responded' THEN responded_day END AS actual_day,
        -- what the evidence says was done: the rule's action when it is its first target, else the event's name
        CASE WHEN (actual_by = 'released' AND rule_order = 1) OR (actual_by = 'press' AND rule_order = 2) OR actual_by = 'responded' THEN action
             WHEN actual_by = 'released' THEN '发布权威信息' ELSE '新闻发布会' END AS actual_kind
    FROM obligations
),
-- the deadline: one minute when 发现时间 has a time of day; from lo to hi (exclusive) when it is a whole day
windows AS (
    SELECT
        *,
        discovered_lo + window_length AS deadline_lo,
        CASE WHEN discovered_day THEN discovered_lo + INTERVAL 1 DAY + window_length ELSE discovered_lo + window_length END AS deadline_hi,
        '发现于' || zh_recorded(discovered_lo, discovered_day) || '，'
        || CASE WHEN discovered_day
                THEN '应于' || zh_time(discovered_lo + window_length) || '至' || zh_time(discovered_lo + INTERVAL 1 DAY + window_length)
                     || '之间（视发现具体时刻而定）前' || action
                ELSE '应于' || zh_time(discovered_lo + window_length) || '前' || action END AS head,
        '实际' || zh_recorded(actual_lo, actual_day) || actual_kind AS did,
        -- met when the whole of the actual is on time; breached when all of it is late (whole minutes throughout)
        CASE WHEN actual_day THEN actual_lo + INTERVAL 1 DAY ELSE actual_lo END AS actual_hi
    FROM actuals
    -- discovered after the as-of time: nothing is due yet, unless it cannot be told whether the rule applies
    WHERE applies IS NULL OR discovered_lo IS NULL OR discovered_by_as_of
),
judged AS (
    SELECT
        *,
        CASE
            WHEN applies IS NULL THEN 'insufficient-data'                                   -- cannot tell whether it applies
            WHEN discovered_lo IS NULL THEN 'insufficient-data'                             -- no start
            WHEN actual_lo IS NOT NULL THEN
                CASE WHEN actual_hi <= deadline_lo THEN 'met'
                     WHEN (discovered_day AND actual_lo >= deadline_hi) OR (NOT discovered_day AND actual_lo > deadline_hi) THEN 'breached'
                     ELSE 'insufficient-data' END
            WHEN bad_target IS NOT NULL THEN 'insufficient-data'                            -- unreadable actual
            WHEN CASE WHEN discovered_day THEN deadline_hi <= {{as_of}} ELSE deadline_hi < {{as_of}} END THEN 'missing'
            ELSE 'pending'
        END AS verdict,
        -- minutes past the (latest) deadline
        CASE WHEN actual_lo IS NOT NULL THEN date_diff('minute', deadline_hi, actual_lo)
             ELSE date_diff('minute', deadline_hi, {{as_of}}) END AS over
    FROM windows
)
SELECT
    case_id,
    unit,
    rule_id,
    kind,
    verdict,
    CASE WHEN applies IS NOT NULL THEN discovered_lo END AS start,
    CASE WHEN applies IS NOT NULL AND NOT discovered_day THEN deadline_lo END AS deadline,
    CASE WHEN applies IS NOT NULL AND discovered_lo IS NOT NULL AND verdict IN ('met', 'breached', 'insufficient-data') THEN actual_lo END AS actual,
    CASE WHEN applies IS NOT NULL AND discovered_lo IS NOT NULL AND verdict IN ('breached', 'missing') THEN over END AS overrun_minutes,
    clause,
    CASE
        WHEN applies IS NULL THEN '数据不足：无法判断是否适用（适用于' || condition_text || '的舆情，台账缺少' || lacking || '）'
        WHEN discovered_lo IS NULL AND discovered_text = '' THEN '数据不足：缺少发现时间，无法计算期限'
        WHEN discovered_lo IS NULL THEN '数据不足：发现时间“' || clip(discovered_text) || '”无法识别，无法计算期限'
        WHEN verdict = 'met' THEN head || '，' || did || '，按时'
        WHEN verdict = 'breached' THEN head || '，' || did || '，'
             || CASE WHEN NOT discovered_day AND NOT actual_day THEN '超时' || zh_duration(over)
                     WHEN over > 0 THEN '至少超时' || zh_duration(over)
                     ELSE '已逾期（未记录具体时刻）' END
        WHEN verdict = 'insufficient-data' AND actual_lo IS NOT NULL THEN '数据不足：' || head || '，' || did || '，因未记录具体时刻无法判断是否超时'
        WHEN verdict = 'insufficient-data' THEN '数据不足：' || head || '，但' || bad_target || '无法识别，无法核对'
        WHEN verdict = 'missing' THEN head || '，截至' || zh_time({{as_of}}) || '未见' || action || '记录，已超时' || zh_duration(over)
        ELSE head || '，截至' || zh_time({{as_of}}) || '尚未到期'
    END AS evidence,
    rule_title,
    title AS case_title,
    severity,
    weight,
    rule_order
FROM judged;

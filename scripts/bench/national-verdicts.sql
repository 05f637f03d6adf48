-- The national pack's timed windows (rules/national.yaml: 国办发〔2016〕61号 三, 80号 四（四）, as in 003 4.4) over a
-- canonical ledger.csv, written the way an office's data analyst would: one pass of SQL, verdict counts per kind.
--
--   applies when 突发事件 = 是 and 舆情等级 ∈ {特别重大, 重大}:
--       release           ≤ 5 h after 发现时间, by 发布权威信息时间
--       press-conference  ≤ 24 h after 发现时间, by 新闻发布会时间
--   every other case whose 舆情性质 is not 正面 (an empty 性质 needs a response):
--       response          ≤ 48 h after 发现时间, by the earliest of 回应时间, 发布权威信息时间, 新闻发布会时间
--   a case whose 突发事件/舆情等级 is empty or unrecognised, when that decides whether a rule applies: insufficient-data.
--
-- Verdicts, as the replay engine gives them: met (actual ≤ deadline), breached (actual > deadline), missing (no
-- actual, deadline < as-of), pending (no actual, deadline ≥ as-of), insufficient-data (no usable 发现时间; no actual
-- but a target cell that is not a time; or a date without a time of day that leaves the verdict open). A date without a time is the whole day: a discovery on
-- 2026-08-10 gives deadlines from 08-10 00:00 + window to 08-10 23:59 + window; an actual on 2026-08-11 spans
-- 00:00..23:59; the verdict is given when every time of day in those ranges leads to the same one, otherwise
-- insufficient-data. An event later than the as-of time has not happened yet (a date-only one counts from 00:00);
-- a case discovered after the as-of time is not yet due anything (not-applicable, not counted).
-- Cases belong to the period of their discovery date. Times are Asia/Shanghai wall times (no DST), so naive
-- timestamps and exact hour windows are right.
--
-- Placeholders filled in by verdicts.cjs: {{ledger}} {{period_start}} {{period_end}} {{as_of}} (SQL literals).
WITH raw AS (
    SELECT
        trim(coalesce("舆情等级", '')) AS severity,
        trim(coalesce("突发事件", '')) AS sudden,
        trim(coalesce("舆情性质", '')) AS polarity,
        trim(coalesce("发现时间", '')) AS discovered_text,
        trim(coalesce("发布权威信息时间", '')) AS released_text,
        trim(coalesce("新闻发布会时间", '')) AS press_text,
        trim(coalesce("回应时间", '')) AS responded_text
    FROM read_csv({{ledger}}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
-- every recorded time as its earliest possible minute (`yyyy-MM-dd HH:mm`, or a date's 00:00) and whether it is a
-- whole day (a date without a time of day)
parsed AS (
    SELECT
        severity, sudden, polarity,
        try_cast(discovered_text AS TIMESTAMP) AS discovered_lo,
        NOT contains(discovered_text, ':') AS discovered_day,
        try_cast(released_text AS TIMESTAMP) AS released_lo,
        NOT contains(released_text, ':') AS released_day,
        try_cast(press_text AS TIMESTAMP) AS press_lo,
        NOT contains(press_text, ':') AS press_day,
        try_cast(responded_text AS TIMESTAMP) AS responded_lo,
        NOT contains(responded_text, ':') AS responded_day,
        -- a filled cell that is not a time: the engine cannot tell whether the event happened
        released_text <> '' AND released_lo IS NULL AS released_bad,
        press_text <> '' AND press_lo IS NULL AS press_bad,
        responded_text <> '' AND responded_lo IS NULL AS responded_bad
    FROM raw
),
cases AS MATERIALIZED (
    SELECT
        *,
        CASE WHEN discovered_day THEN discovered_lo + INTERVAL 1439 MINUTE ELSE discovered_lo END AS discovered_hi,
        -- "sudden 特别重大/重大" with three-valued logic: NULL when the ledger does not say
        CASE
            WHEN sudden = '否' OR severity IN ('较大', '一般') THEN false
            WHEN sudden = '是' AND severity IN ('特别重大', '重大') THEN true
        END AS major_sudden,
        CASE WHEN polarity LIKE '%负面%' THEN '负面' WHEN polarity LIKE '%正面%' THEN '正面' END AS polarity_word
    FROM parsed
    WHERE
        discovered_lo IS NULL      -- no usable 发现时间: cannot be placed, stays in (insufficient-data)
        OR (CAST(discovered_lo AS DATE) >= {{period_start}} AND CAST(discovered_lo AS DATE) < {{period_end}}
            AND discovered_lo <= {{as_of}})
),
obligations AS (
    SELECT 'release' AS kind, major_sudden AS applies, discovered_lo, discovered_hi, INTERVAL 5 HOUR AS window_length,
           -- the one target, if it has happened by the as-of time
           CASE WHEN released_lo <= {{as_of}} THEN released_lo END AS actual_lo,
           CASE WHEN released_lo <= {{as_of}} THEN released_day END AS actual_day,
           released_bad AS actual_bad
    FROM cases WHERE major_sudden IS NOT false
    UNION ALL
    SELECT 'press-conference', major_sudden, discovered_lo, discovered_hi, INTERVAL 24 HOUR,
           CASE WHEN press_lo <= {{as_of}} THEN press_lo END,
           CASE WHEN press_lo <= {{as_of}} THEN press_day END,
           press_bad
    FROM cases WHERE major_sudden IS NOT false
    UNION ALL
    SELECT 'response', CASE WHEN major_sudden IS NULL THEN NULL ELSE true END, discovered_lo, discovered_hi, INTERVAL 48 HOUR,
           first_lo,
           CASE first_lo WHEN responded_seen THEN responded_day WHEN released_seen THEN released_day ELSE press_day END,
           responded_bad OR released_bad OR press_bad
    FROM (
        SELECT *,
            -- the earliest of the targets that have happened by the as-of time (a date counts from its 00:00);
            -- least() skips NULLs
            least(responded_seen, released_seen, press_seen) AS first_lo
        FROM (
            SELECT *,
                CASE WHEN responded_lo <= {{as_of}} THEN responded_lo END AS responded_seen,
                CASE WHEN released_lo <= {{as_of}} THEN released_lo END AS released_seen,
                CASE WHEN press_lo <= {{as_of}} THEN press_lo END AS press_seen
            FROM cases
            WHERE major_sudden IS NOT true AND polarity_word IS DISTINCT FROM '正面'
        )
    )
),
judged AS (
    SELECT
        kind,
        CASE
            WHEN applies IS NULL THEN 'insufficient-data'                                  -- cannot tell whether it applies
            WHEN discovered_lo IS NULL THEN 'insufficient-data'                            -- no start
            WHEN actual_lo IS NOT NULL THEN
                CASE
                    WHEN (CASE WHEN actual_day THEN actual_lo + INTERVAL 1439 MINUTE ELSE actual_lo END)
                         <= discovered_lo + window_length THEN 'met'
                    WHEN actual_lo > discovered_hi + window_length THEN 'breached'
                    ELSE 'insufficient-data'
                END
            WHEN actual_bad THEN 'insufficient-data'                                       -- unreadable actual
            WHEN discovered_hi + window_length < {{as_of}} THEN 'missing'
            ELSE 'pending'
        END AS verdict
    FROM obligations
)
SELECT kind, verdict, count(*) AS n
FROM judged
GROUP BY kind, verdict
ORDER BY kind, verdict;

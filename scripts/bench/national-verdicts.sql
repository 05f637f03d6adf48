-- The national pack's timed windows (国办发〔2016〕61号, as written in 003 4.4) over a canonical ledger.csv,
-- written the way an office's data analyst would: one pass of SQL, verdict counts per obligation kind.
--
--   sudden (突发事件 = 是) and 舆情等级 ∈ {特别重大, 重大}: release ≤ 5 h after 发现时间 (发布权威信息时间),
--                                                      press-conference ≤ 24 h (新闻发布会时间);
--   every other case:                                  response ≤ 48 h (回应时间).
--
-- Verdicts: met (actual ≤ deadline), breached (actual > deadline), missing (no actual, deadline < as-of),
-- pending (no actual, deadline ≥ as-of), insufficient-data (发现时间 missing, unparsable or a date without a time;
-- or the needed actual is a date without a time or unparsable). An actual later than the as-of time has not
-- happened yet (absent). A case discovered after the as-of time does not exist yet.
-- Times are Asia/Shanghai wall times (no DST), so naive timestamps and exact hour windows are correct.
--
-- Placeholders filled in by verdicts.cjs: {{ledger}} {{period_start}} {{period_end}} {{as_of}} (SQL literals).
WITH raw AS (
    SELECT
        trim(coalesce("舆情等级", '')) AS severity,
        trim(coalesce("突发事件", '')) AS sudden,
        trim(coalesce("发现时间", '')) AS discovered_text,
        trim(coalesce("发布权威信息时间", '')) AS released_text,
        trim(coalesce("新闻发布会时间", '')) AS press_text,
        trim(coalesce("回应时间", '')) AS responded_text
    FROM read_csv({{ledger}}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
cases AS (
    SELECT
        *,
        try_strptime(discovered_text, ['%Y-%m-%d %H:%M', '%Y-%m-%d %H:%M:%S']) AS discovered,
        CASE WHEN regexp_full_match(discovered_text, '\d{4}-\d{2}-\d{2}') THEN try_cast(discovered_text AS DATE) END
            AS discovered_day_only,
        sudden = '是' AND severity IN ('特别重大', '重大') AS major_sudden
    FROM raw
),
in_period AS MATERIALIZED (
    SELECT * FROM cases
    WHERE
        -- discovered in the period (by its date, also when only the date is known) and not after the as-of time;
        -- a case with no usable 发现时间 cannot be placed and stays in (insufficient-data).
        CASE
            WHEN discovered IS NOT NULL THEN
                CAST(discovered AS DATE) >= {{period_start}} AND CAST(discovered AS DATE) < {{period_end}}
                AND discovered <= {{as_of}}
            WHEN discovered_day_only IS NOT NULL THEN
                discovered_day_only >= {{period_start}} AND discovered_day_only < {{period_end}}
                AND discovered_day_only <= CAST({{as_of}} AS DATE)
            ELSE true
        END
),
obligations AS (
    SELECT 'release' AS kind, discovered, discovered_day_only, released_text AS actual_text, INTERVAL 5 HOUR AS window_length
    FROM in_period WHERE major_sudden
    UNION ALL
    SELECT 'press-conference', discovered, discovered_day_only, press_text, INTERVAL 24 HOUR
    FROM in_period WHERE major_sudden
    UNION ALL
    SELECT 'response', discovered, discovered_day_only, responded_text, INTERVAL 48 HOUR
    FROM in_period WHERE NOT major_sudden
),
timed AS (
    SELECT
        kind,
        discovered,
        discovered + window_length AS deadline,
        actual_text,
        try_strptime(actual_text, ['%Y-%m-%d %H:%M', '%Y-%m-%d %H:%M:%S']) AS actual
    FROM obligations
),
judged AS (
    SELECT
        kind,
        CASE
            WHEN discovered IS NULL THEN 'insufficient-data'
            WHEN actual_text <> '' AND actual IS NULL THEN 'insufficient-data'      -- date only (or unreadable)
            WHEN actual IS NOT NULL AND actual <= {{as_of}} AND actual <= deadline THEN 'met'
            WHEN actual IS NOT NULL AND actual <= {{as_of}} THEN 'breached'
            WHEN deadline < {{as_of}} THEN 'missing'
            ELSE 'pending'
        END AS verdict
    FROM timed
)
SELECT kind, verdict, count(*) AS n
FROM judged
GROUP BY kind, verdict
ORDER BY kind, verdict;

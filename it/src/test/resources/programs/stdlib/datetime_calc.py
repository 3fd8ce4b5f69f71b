# datetime with fixed moments (never "now"): date arithmetic, timedelta, formatting and parsing,
# ISO formats, weekdays, fixed-offset time zones, and a simple billing-period calculator.
from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar())
print(date(2023, 12, 31) - date(2023, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days, date.fromisoformat("2024-07-04").ctime())
print(date(2024, 1, 31).replace(day=15), date.fromordinal(738000), date(2024, 1, 1).toordinal(), date.min, date.max)
dt = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(dt, dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.date(), dt.time(), dt.timetuple().tm_yday)
print(dt.strftime("%A %d %B %Y %H:%M:%S.%f %j %p %I"), dt.strftime("%y%m%d-%H%M"), f"{dt:%Y/%m/%d}")
print(datetime.strptime("2024-12-25 08:00", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2024-05-06T07:08:09+02:00"))
delta = timedelta(days=3, hours=25, minutes=90, seconds=-30, microseconds=1500)
print(delta, delta.days, delta.seconds, delta.microseconds, delta.total_seconds(), repr(timedelta(hours=-1)))
print(timedelta(weeks=2) / timedelta(days=1), timedelta(hours=5) // timedelta(hours=2), timedelta(minutes=90) % timedelta(hours=1))
print(-timedelta(days=1, seconds=1), abs(timedelta(days=-2)), timedelta(days=1) * 2.5, timedelta(0) == timedelta())
utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
moment = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(moment, moment.astimezone(cet), moment.astimezone(ist), moment.astimezone(ist).utcoffset(), ist.tzname(None))
print(moment == moment.astimezone(ist), moment.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1.5e9, cet))
try:
    datetime(2024, 1, 1) < moment
except TypeError as e:
    print("TypeError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(time(9, 5), time(23, 59, 59, 999999).isoformat(), time.fromisoformat("10:20:30"), time(12, 0) < time(13, 0))


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in range(day.day, 27, -1):
        try:
            return day.replace(year=year, month=month, day=candidate)
        except ValueError:
            continue
    return day.replace(year=year, month=month, day=min(day.day, 28))


start = date(2024, 1, 31)
print([add_months(start, m).isoformat() for m in range(0, 14, 1)])


def business_days(a, b, holidays=()):
    count, current = 0, a
    while current < b:
        if current.weekday() < 5 and current not in holidays:
            count += 1
        current += timedelta(days=1)
    return count


print(business_days(date(2024, 12, 1), date(2025, 1, 1), holidays={date(2024, 12, 25), date(2024, 12, 26)}))
for name, birthday in [("ada", date(1815, 12, 10)), ("alan", date(1912, 6, 23)), ("grace", date(1906, 12, 9))]:
    on = date(2024, 6, 1)
    age = on.year - birthday.year - ((on.month, on.day) < (birthday.month, birthday.day))
    print(f"{name:<6} born {birthday:%d %b %Y} ({birthday.strftime('%A')}), age on {on} would be {age}")
print(sorted([datetime(2024, 1, 1, 12), datetime(2023, 12, 31, 23, 59), datetime(2024, 1, 1)]))

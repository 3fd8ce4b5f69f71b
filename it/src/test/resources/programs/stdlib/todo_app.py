# A small to-do application combining dataclasses, enum, json and datetime (fixed dates): add,
# complete, filter, sort by priority and due date, and save/load through JSON text.
import json
from dataclasses import dataclass, field, asdict
from datetime import date, timedelta
from enum import Enum


class Priority(Enum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


@dataclass
class Task:
    id: int
    title: str
    due: date
    priority: Priority = Priority.NORMAL
    done: bool = False
    tags: list[str] = field(default_factory=list)

    def to_json(self):
        d = asdict(self)
        d["due"] = self.due.isoformat()
        d["priority"] = self.priority.name
        return d

    @classmethod
    def from_json(cls, d):
        return cls(d["id"], d["title"], date.fromisoformat(d["due"]), Priority[d["priority"]], d["done"], d["tags"])


class TodoList:
    def __init__(self, today):
        self.today = today
        self.tasks = {}
        self.next_id = 1

    def add(self, title, in_days, priority=Priority.NORMAL, *tags):
        task = Task(self.next_id, title, self.today + timedelta(days=in_days), priority, tags=list(tags))
        self.tasks[task.id] = task
        self.next_id += 1
        return task

    def complete(self, task_id):
        self.tasks[task_id].done = True

    def overdue(self):
        return [t for t in self.tasks.values() if not t.done and t.due < self.today]

    def agenda(self):
        pending = [t for t in self.tasks.values() if not t.done]
        return sorted(pending, key=lambda t: (-t.priority.value, t.due, t.id))

    def dump(self):
        return json.dumps({"today": self.today.isoformat(), "tasks": [t.to_json() for t in self.tasks.values()]},
                          indent=1, sort_keys=True)

    @classmethod
    def load(cls, text):
        data = json.loads(text)
        todo = cls(date.fromisoformat(data["today"]))
        for d in data["tasks"]:
            task = Task.from_json(d)
            todo.tasks[task.id] = task
            todo.next_id = max(todo.next_id, task.id + 1)
        return todo


todo = TodoList(date(2024, 3, 15))
todo.add("file taxes", -3, Priority.HIGH, "admin")
todo.add("buy milk", 0, Priority.LOW, "errand")
todo.add("write report", 2, Priority.HIGH, "work")
todo.add("call plumber", -1, Priority.NORMAL)
todo.add("book flights", 10, Priority.NORMAL, "travel", "family")
todo.complete(4)
for t in todo.agenda():
    days = (t.due - todo.today).days
    when = "today" if days == 0 else f"in {days}d" if days > 0 else f"{-days}d late"
    print(f"#{t.id} [{t.priority.name:<6}] {t.title:<14} due {t.due:%a %d %b} ({when}) {' '.join('#' + x for x in t.tags)}")
print("overdue:", [t.title for t in todo.overdue()])
text = todo.dump()
print(text[:160])
restored = TodoList.load(text)
print("roundtrip equal:", restored.tasks == todo.tasks, "next id:", restored.next_id)
restored.today += timedelta(days=5)
print("five days later overdue:", [t.title for t in restored.overdue()])
by_tag = {}
for t in todo.tasks.values():
    for tag in t.tags or ["untagged"]:
        by_tag.setdefault(tag, []).append(t.id)
print(dict(sorted(by_tag.items())))

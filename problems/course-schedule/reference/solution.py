from collections import deque


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    dependants: list[list[int]] = [[] for _ in range(num_courses)]
    indegree = [0] * num_courses
    for course, needed in prerequisites:
        dependants[needed].append(course)
        indegree[course] += 1
    ready = deque(c for c in range(num_courses) if indegree[c] == 0)
    finished = 0
    while ready:
        course = ready.popleft()
        finished += 1
        for nxt in dependants[course]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return finished == num_courses

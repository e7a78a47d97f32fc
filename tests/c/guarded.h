/*
 * Guarded copies of C strings for the robustness tests: the copy's NUL is the last readable byte
 * before an inaccessible page, so a read past the NUL faults at once, also in code that no
 * sanitizer instruments (the Rust library). Needs _DEFAULT_SOURCE (mmap, sysconf).
 */
#ifndef ROOM_ERRORS_TESTS_GUARDED_H
#define ROOM_ERRORS_TESTS_GUARDED_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* `data` readable bytes followed by an inaccessible page. */
static char *guarded_region(size_t data) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    char *base = mmap(NULL, data + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED || mprotect(base + data, page, PROT_NONE) != 0) {
        perror("guarded_region");
        exit(2);
    }
    return base;
}

/* The bytes a copy of len bytes and its NUL take: whole pages. */
static size_t guarded_size(size_t len) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    return (len + 1 + page - 1) / page * page;
}

/* A guarded copy of the len bytes at s, NUL-terminated; release it with guarded_free(copy, len).
 * Copies that fit in one page reuse one region, so only the latest of them stays valid. */
static char *guarded_copy(const char *s, size_t len) {
    static char *one_page;
    size_t data = guarded_size(len);
    char *base;
    if (data == guarded_size(0)) {
        if (!one_page) one_page = guarded_region(data);
        base = one_page;
    } else {
        base = guarded_region(data);
    }
    char *copy = base + data - (len + 1);
    memcpy(copy, s, len);
    copy[len] = '\0';
    return copy;
}

/* Releases a copy made by guarded_copy(s, len). */
static void guarded_free(char *copy, size_t len) {
    size_t data = guarded_size(len);
    if (data != guarded_size(0)) munmap(copy + len + 1 - data, data + (size_t)sysconf(_SC_PAGESIZE));
}

#endif

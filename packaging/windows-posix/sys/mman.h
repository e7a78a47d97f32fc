/*
 * The POSIX calls tests/c/guarded.h uses (mmap, mprotect, munmap of anonymous private memory, and
 * sysconf(_SC_PAGESIZE)), over the Win32 virtual memory API: with this folder on the include
 * path, mingw builds the C suite's guarded copies for Windows, where a read past a copy's NUL
 * faults just as it does on Linux. Only what the tests use: other flags are not translated.
 */
#ifndef ROOM_ERRORS_WINDOWS_POSIX_SYS_MMAN_H
#define ROOM_ERRORS_WINDOWS_POSIX_SYS_MMAN_H

#include <stddef.h>
#include <windows.h>

#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define MAP_PRIVATE 0x02
#define MAP_ANONYMOUS 0x20
#define MAP_FAILED ((void *)-1)
#define _SC_PAGESIZE 30

static inline long sysconf(int name) {
    SYSTEM_INFO info;
    GetSystemInfo(&info);
    return name == _SC_PAGESIZE ? (long)info.dwPageSize : -1;
}

/* Fresh zeroed read-write memory (prot and flags are the tests' PROT_READ | PROT_WRITE,
 * MAP_PRIVATE | MAP_ANONYMOUS; addr, fd and offset are ignored). */
static inline void *mmap(void *addr, size_t len, int prot, int flags, int fd, long offset) {
    (void)addr, (void)prot, (void)flags, (void)fd, (void)offset;
    void *p = VirtualAlloc(NULL, len, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    return p ? p : MAP_FAILED;
}

/* PROT_NONE makes the pages inaccessible, anything else read-write. */
static inline int mprotect(void *addr, size_t len, int prot) {
    DWORD old;
    return VirtualProtect(addr, len, prot == PROT_NONE ? PAGE_NOACCESS : PAGE_READWRITE, &old) ? 0 : -1;
}

/* Releases a whole mapping: addr must be what mmap returned. */
static inline int munmap(void *addr, size_t len) {
    (void)len;
    return VirtualFree(addr, 0, MEM_RELEASE) ? 0 : -1;
}

#endif

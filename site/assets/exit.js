/* placeholder replaced by scripts/build-islands.ts */

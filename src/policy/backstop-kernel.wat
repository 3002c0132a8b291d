;; The backstop's scoring kernel (see backstop-kernel.ts): the features of one
;; text and their weights summed per sentence, with 128-bit SIMD. Assembled by
;; `npm run build:kernel` into backstop-kernel-wasm.ts; a unit test checks that
;; the two agree and that the kernel scores exactly as the JavaScript path.
;;
;; Memory (laid out by backstop-kernel.ts): the weight table from offset 0,
;; bucket b's row at b * 32 (16 lanes of i16: category k's weight in units of
;; WEIGHT_STEP, lanes from K on zero); then scratch arrays whose offsets are
;; passed in. A row's accumulator is 16 lanes of i32 (64 bytes).
(module
  (memory (export "memory") 1)

  ;; MurmurHash3's finaliser (fmix in backstop.ts).
  (func $fmix (param $h i32) (result i32)
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
    (local.set $h (i32.mul (local.get $h) (i32.const 0x85ebca6b)))
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))
    (local.set $h (i32.mul (local.get $h) (i32.const 0xc2b2ae35)))
    (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))

  ;; isWordCode in backstop.ts: a-z, the digit code 0, the apostrophe.
  (func $isWord (param $c i32) (result i32)
    (i32.or
      (i32.le_u (i32.sub (local.get $c) (i32.const 0x61)) (i32.const 25))
      (i32.or (i32.eq (local.get $c) (i32.const 0x30)) (i32.eq (local.get $c) (i32.const 0x27)))))

  ;; score(codes, rowOf, m, buckets, frows, cmin, cmax, wmin, wmax, shift) -> number of features
  ;;
  ;; codes: m u16 codes of the text (foldCodes); rowOf: for each code, the byte
  ;; offset of the accumulator of the sentence it is in. Walks the features as
  ;; walkNgrams does (character n-grams of lengths cmin..cmax, then ASCII word
  ;; unigrams and bigrams per wmin..wmax; bucket = fmix(hash) >>> shift), into
  ;; buckets[] and frows[] (the accumulator of the code each feature starts
  ;; at), then adds each feature's row to its accumulator.
  (func (export "score")
    (param $codes i32) (param $rowOf i32) (param $m i32) (param $buckets i32) (param $frows i32)
    (param $cmin i32) (param $cmax i32) (param $wmin i32) (param $wmax i32) (param $shift i32)
    (result i32)
    (local $i i32) (local $n i32) (local $top i32) (local $h i32) (local $count i32) (local $row i32)
    (local $prev i32) (local $hasPrev i32) (local $start i32) (local $c i32) (local $j i32)
    (local $cur i32) (local $o i32) (local $any i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $v v128)
    ;; Character n-grams, for each code i the lengths cmin..min(cmax, m - i).
    (block $cdone (loop $ci
      (br_if $cdone (i32.ge_u (local.get $i) (local.get $m)))
      (local.set $h (i32.const 0x811c9dc5))
      (local.set $top (select (local.get $cmax) (i32.sub (local.get $m) (local.get $i))
        (i32.lt_u (local.get $cmax) (i32.sub (local.get $m) (local.get $i)))))
      (local.set $row (i32.load (i32.add (local.get $rowOf) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $n (i32.const 1))
      (block $ndone (loop $ni
        (br_if $ndone (i32.gt_u (local.get $n) (local.get $top)))
        (local.set $h (i32.mul
          (i32.xor (local.get $h)
            (i32.load16_u (i32.add (local.get $codes)
              (i32.shl (i32.sub (i32.add (local.get $i) (local.get $n)) (i32.const 1)) (i32.const 1)))))
          (i32.const 0x01000193)))
        (if (i32.ge_u (local.get $n) (local.get $cmin)) (then
          (i32.store (i32.add (local.get $buckets) (i32.shl (local.get $count) (i32.const 2)))
            (i32.shr_u (call $fmix (local.get $h)) (local.get $shift)))
          (i32.store (i32.add (local.get $frows) (i32.shl (local.get $count) (i32.const 2))) (local.get $row))
          (local.set $count (i32.add (local.get $count) (i32.const 1)))))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $ni)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $ci)))
    ;; ASCII words: a unigram each, a bigram with the word before unless punctuation other than a space is between.
    (if (i32.ne (local.get $wmax) (i32.const 0)) (then
      (local.set $i (i32.const 0))
      (block $wdone (loop $wi
        (br_if $wdone (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $c (i32.load16_u (i32.add (local.get $codes) (i32.shl (local.get $i) (i32.const 1)))))
        (if (i32.eqz (call $isWord (local.get $c))) (then
          (if (i32.ne (local.get $c) (i32.const 0x20)) (then (local.set $hasPrev (i32.const 0))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $wi)))
        (local.set $start (local.get $i))
        (local.set $h (i32.const 0x2545f491))
        (block $edone (loop $ei
          (br_if $edone (i32.ge_u (local.get $i) (local.get $m)))
          (local.set $c (i32.load16_u (i32.add (local.get $codes) (i32.shl (local.get $i) (i32.const 1)))))
          (br_if $edone (i32.eqz (call $isWord (local.get $c))))
          (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $c)) (i32.const 0x01000193)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $ei)))
        (local.set $row (i32.load (i32.add (local.get $rowOf) (i32.shl (local.get $start) (i32.const 2)))))
        (if (i32.le_u (local.get $wmin) (i32.const 1)) (then
          (i32.store (i32.add (local.get $buckets) (i32.shl (local.get $count) (i32.const 2)))
            (i32.shr_u (call $fmix (local.get $h)) (local.get $shift)))
          (i32.store (i32.add (local.get $frows) (i32.shl (local.get $count) (i32.const 2))) (local.get $row))
          (local.set $count (i32.add (local.get $count) (i32.const 1)))))
        (if (i32.and (i32.ge_u (local.get $wmax) (i32.const 2)) (local.get $hasPrev)) (then
          (i32.store (i32.add (local.get $buckets) (i32.shl (local.get $count) (i32.const 2)))
            (i32.shr_u
              (call $fmix (i32.xor
                (i32.mul (i32.xor (local.get $prev) (i32.const 0x68e31da4)) (i32.const 0x01000193))
                (local.get $h)))
              (local.get $shift)))
          (i32.store (i32.add (local.get $frows) (i32.shl (local.get $count) (i32.const 2))) (local.get $row))
          (local.set $count (i32.add (local.get $count) (i32.const 1)))))
        (local.set $prev (local.get $h))
        (local.set $hasPrev (i32.const 1))
        (br $wi)))))
    (if (i32.eqz (local.get $count)) (then (return (i32.const 0))))
    ;; One independent read per row first, so that the processor fetches the rows together.
    (local.set $j (i32.const 0))
    (loop $ti
      (local.set $any (i32.or (local.get $any)
        (i32.load8_u (i32.shl (i32.load (i32.add (local.get $buckets) (i32.shl (local.get $j) (i32.const 2))))
          (i32.const 5)))))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br_if $ti (i32.lt_u (local.get $j) (local.get $count))))
    ;; Sums: a run of features of one accumulator in four i32x4 lane sums, added to it when the run ends.
    (local.set $j (i32.const 0))
    (local.set $cur (i32.load (local.get $frows)))
    (loop $si
      (local.set $row (i32.load (i32.add (local.get $frows) (i32.shl (local.get $j) (i32.const 2)))))
      (if (i32.ne (local.get $row) (local.get $cur)) (then
        (v128.store offset=0 (local.get $cur) (i32x4.add (v128.load offset=0 (local.get $cur)) (local.get $a0)))
        (v128.store offset=16 (local.get $cur) (i32x4.add (v128.load offset=16 (local.get $cur)) (local.get $a1)))
        (v128.store offset=32 (local.get $cur) (i32x4.add (v128.load offset=32 (local.get $cur)) (local.get $a2)))
        (v128.store offset=48 (local.get $cur) (i32x4.add (v128.load offset=48 (local.get $cur)) (local.get $a3)))
        (local.set $a0 (v128.const i32x4 0 0 0 0))
        (local.set $a1 (v128.const i32x4 0 0 0 0))
        (local.set $a2 (v128.const i32x4 0 0 0 0))
        (local.set $a3 (v128.const i32x4 0 0 0 0))
        (local.set $cur (local.get $row))))
      (local.set $o (i32.shl (i32.load (i32.add (local.get $buckets) (i32.shl (local.get $j) (i32.const 2))))
        (i32.const 5)))
      (local.set $v (v128.load offset=0 (local.get $o)))
      (local.set $a0 (i32x4.add (local.get $a0) (i32x4.extend_low_i16x8_s (local.get $v))))
      (local.set $a1 (i32x4.add (local.get $a1) (i32x4.extend_high_i16x8_s (local.get $v))))
      (local.set $v (v128.load offset=16 (local.get $o)))
      (local.set $a2 (i32x4.add (local.get $a2) (i32x4.extend_low_i16x8_s (local.get $v))))
      (local.set $a3 (i32x4.add (local.get $a3) (i32x4.extend_high_i16x8_s (local.get $v))))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br_if $si (i32.lt_u (local.get $j) (local.get $count))))
    (v128.store offset=0 (local.get $cur) (i32x4.add (v128.load offset=0 (local.get $cur)) (local.get $a0)))
    (v128.store offset=16 (local.get $cur) (i32x4.add (v128.load offset=16 (local.get $cur)) (local.get $a1)))
    (v128.store offset=32 (local.get $cur) (i32x4.add (v128.load offset=32 (local.get $cur)) (local.get $a2)))
    (v128.store offset=48 (local.get $cur) (i32x4.add (v128.load offset=48 (local.get $cur)) (local.get $a3)))
    ;; A byte read is never 256: the reads above are used, so they are kept.
    (if (i32.eq (local.get $any) (i32.const 256)) (then (return (i32.const -1))))
    (local.get $count))
)

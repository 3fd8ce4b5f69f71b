# -*- coding: utf-8 -*-
café = "naïve"
π = 3.14159
ﬁ = "ligature, NFKC normalises to fi"
𝔘𝔫𝔦 = "math fraktur"
emoji = "😀 two code units" + '😀😀'
x = "€uro"; y = π * 2
名前 = f"{名前} — {π:.2f} 😀"
ｘ = 1

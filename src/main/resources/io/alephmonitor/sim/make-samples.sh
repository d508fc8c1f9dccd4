#!/usr/bin/env sh
# Remakes the simulator's sample result (sample.mp4 + sample.png) with ffmpeg.
# Run from anywhere; files are written next to this script. Each must stay under ~300 KB.
set -eu
cd "$(dirname "$0")"

# 3.5 s, 640x360 (16:9), 24 fps: a slowly drifting colour gradient with a soft A-major chord.
# H.264 main profile, yuv420p (what JavaFX Media plays), AAC stereo, moov atom first for streaming.
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "gradients=s=640x360:r=24:d=3.5:x0=0:y0=0:x1=640:y1=360:c0=0x1e3a8a:c1=0x7c3aed:c2=0xdb2777:c3=0xf59e0b:nb_colors=4:speed=0.03" \
  -f lavfi -i "sine=frequency=440:sample_rate=44100:duration=3.5" \
  -f lavfi -i "sine=frequency=554.37:sample_rate=44100:duration=3.5" \
  -f lavfi -i "sine=frequency=659.25:sample_rate=44100:duration=3.5" \
  -filter_complex "[1:a][2:a][3:a]amix=inputs=3,volume=0.6,afade=t=in:d=0.4,afade=t=out:st=3:d=0.5,aformat=channel_layouts=stereo[a]" \
  -map 0:v -map "[a]" \
  -c:v libx264 -profile:v main -pix_fmt yuv420p -preset slow -crf 30 -g 48 \
  -c:a aac -b:a 64k \
  -shortest -movflags +faststart \
  sample.mp4

# The thumbnail: one frame from the middle of the video.
ffmpeg -hide_banner -loglevel error -y -ss 1.5 -i sample.mp4 -frames:v 1 -update 1 sample.png

# The audio result (Suno tracks, audio Market models): 6 s, a short arpeggio, MP3 44.1 kHz stereo 96 kbit/s.
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "sine=frequency=261.63:sample_rate=44100:duration=1.5" \
  -f lavfi -i "sine=frequency=329.63:sample_rate=44100:duration=1.5" \
  -f lavfi -i "sine=frequency=392.00:sample_rate=44100:duration=1.5" \
  -f lavfi -i "sine=frequency=523.25:sample_rate=44100:duration=1.5" \
  -filter_complex "[0:a][1:a][2:a][3:a]concat=n=4:v=0:a=1,volume=0.5,afade=t=in:d=0.2,afade=t=out:st=5.4:d=0.6,aformat=channel_layouts=stereo[a]" \
  -map "[a]" -c:a libmp3lame -b:a 96k -id3v2_version 0 \
  sample.mp3

# The cover image beside a track: 512x512, the gradient's colours.
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "gradients=s=512x512:d=1:c0=0x0f766e:c1=0x7c3aed:c2=0xf59e0b:nb_colors=3" \
  -frames:v 1 -update 1 sample-cover.jpg

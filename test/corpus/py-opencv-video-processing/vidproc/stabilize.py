"""Two-pass video stabilisation: estimate inter-frame motion, smooth the trajectory, warp."""
import cv2
import numpy as np


def _moving_average(curve: np.ndarray, radius: int) -> np.ndarray:
    kernel = np.ones(2 * radius + 1) / (2 * radius + 1)
    padded = np.pad(curve, (radius, radius), mode="edge")
    return np.convolve(padded, kernel, mode="same")[radius:-radius]


def stabilize(src: str, dst: str, radius: int = 30) -> None:
    capture = cv2.VideoCapture(src)
    count = int(capture.get(cv2.CAP_PROP_FRAME_COUNT))
    width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
    height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
    fps = capture.get(cv2.CAP_PROP_FPS)

    _, prev = capture.read()
    prev_gray = cv2.cvtColor(prev, cv2.COLOR_BGR2GRAY)
    transforms = np.zeros((count - 1, 3), np.float32)
    for i in range(count - 1):
        ok, frame = capture.read()
        if not ok:
            transforms = transforms[:i]
            break
        gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        pts = cv2.goodFeaturesToTrack(prev_gray, maxCorners=200, qualityLevel=0.01, minDistance=30)
        nxt, status, _ = cv2.calcOpticalFlowPyrLK(prev_gray, gray, pts, None)
        matrix, _ = cv2.estimateAffinePartial2D(pts[status == 1], nxt[status == 1])
        transforms[i] = [matrix[0, 2], matrix[1, 2], np.arctan2(matrix[1, 0], matrix[0, 0])]
        prev_gray = gray

    trajectory = np.cumsum(transforms, axis=0)
    smoothed = np.stack([_moving_average(trajectory[:, k], radius) for k in range(3)], axis=1)
    corrected = transforms + (smoothed - trajectory)

    capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
    writer = cv2.VideoWriter(dst, cv2.VideoWriter_fourcc(*"mp4v"), fps, (width, height))
    for dx, dy, da in corrected:
        ok, frame = capture.read()
        if not ok:
            break
        m = np.array([[np.cos(da), -np.sin(da), dx], [np.sin(da), np.cos(da), dy]], np.float32)
        writer.write(cv2.warpAffine(frame, m, (width, height)))
    writer.release()
    capture.release()

"""Per-frame motion detection with background subtraction and contour filtering."""
import cv2
import numpy as np


def detect_motion(path: str, min_area: int = 500) -> list[tuple[int, int]]:
    """Returns (frame_index, moving_pixel_count) for every frame with significant motion."""
    capture = cv2.VideoCapture(path)
    subtractor = cv2.createBackgroundSubtractorMOG2(history=500, varThreshold=25, detectShadows=False)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
    events: list[tuple[int, int]] = []
    index = 0
    while True:
        ok, frame = capture.read()
        if not ok:
            break
        gray = cv2.GaussianBlur(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), (21, 21), 0)
        mask = subtractor.apply(gray)
        mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel, iterations=2)
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        moving = sum(int(cv2.contourArea(c)) for c in contours if cv2.contourArea(c) >= min_area)
        if moving:
            events.append((index, moving))
        index += 1
    capture.release()
    return events
